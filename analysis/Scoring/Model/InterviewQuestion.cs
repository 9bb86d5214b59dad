namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// A question of the job's bank. A practice question is asked first and never scored.
/// Times are in seconds; <see cref="Retakes"/> is how many extra attempts are allowed. <see cref="TypingAllowed"/>: the job
/// lets the candidate type the answer instead of (or beside) speaking it — then the typed words are what is judged;
/// where it is false only the spoken answer counts and a typed answer is refused.
/// </summary>
public sealed record InterviewQuestion(
    string Id,
    string CompetencyKey,
    string TextZh,
    string TextEn,
    int ThinkSeconds,
    int AnswerSeconds,
    int Retakes,
    IReadOnlyList<ExpectedPoint> ExpectedPoints,
    bool Practice = false,
    bool TypingAllowed = true);

/// <summary>A point a good answer covers, recognised by any of its terms (or their synonyms).</summary>
public sealed record ExpectedPoint(string Key, string LabelZh, string LabelEn, IReadOnlyList<string> Terms);
