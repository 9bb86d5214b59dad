namespace BankHire.Answers;

/// <summary>
/// How an attempt of a question is named in the chunk store and on the streams: the question id for the first
/// attempt (so uploads made before retakes existed keep their key), <c>{questionId}~{n}</c> for attempt n &gt; 0.
/// </summary>
public static class AnswerKeys
{
    public const char AttemptSeparator = '~';

    public static string For(string questionId, int attempt) =>
        attempt == 0 ? questionId : $"{questionId}{AttemptSeparator}{attempt}";

    /// <summary>The question an answer key is an attempt of.</summary>
    public static string QuestionOf(string answerKey) => answerKey.Split(AttemptSeparator)[0];

    /// <summary>The stream key (and scoring grain key) of one answer: "{interviewId:N}/{answerKey}".</summary>
    public static string StreamKey(Guid interviewId, string answerKey) => $"{interviewId:N}/{answerKey}";

    public static (Guid InterviewId, string AnswerKey) ParseStreamKey(string key)
    {
        var slash = key.IndexOf('/');
        return slash == 32 && Guid.TryParseExact(key[..slash], "N", out var id)
            ? (id, key[(slash + 1)..])
            : throw new ArgumentException($"'{key}' is not an answer stream key.", nameof(key));
    }
}
