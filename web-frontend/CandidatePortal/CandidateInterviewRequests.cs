using BankHire.Web.Problems;

namespace BankHire.Web.CandidatePortal;

/// <summary>The bodies of the live interview's steps (README.md).</summary>
public static class CandidateInterviewRequests
{
    /// <summary>The consent choices; the language and the text version's meaning are the session grain's rules.</summary>
    public sealed record ConsentRequest(bool Face, bool Voice, bool Content, bool KeepRecording, string TextVersion, string Language,
        string? BiometricNoticeVersion = null) : IValidatedRequest
    {
        public void Validate() => Require.Text(TextVersion, "textVersion");
    }

    public sealed record BeginRequest(bool Retake = false) : IValidatedRequest
    {
        public void Validate()
        {
        }
    }

    /// <summary>The attempt, the counts and whether a typed answer is allowed are the session grain's rules (it owns the attempt).</summary>
    public sealed record FinishRequest(int Attempt, int FrameCount, int AudioCount, string? TypedAnswer = null) : IValidatedRequest
    {
        public void Validate()
        {
        }
    }

    public sealed record IntegrityRequest(string Kind, DateTimeOffset At, string? QuestionId = null) : IValidatedRequest
    {
        public void Validate()
        {
            if (!IntegrityKinds.Contains(Kind))
                throw ApiProblemException.Invalid("kind", $"'kind' must be one of {string.Join(", ", IntegrityKinds)}.");
            Require.OptionalText(QuestionId, "questionId", 64);
        }
    }

    public static readonly IReadOnlySet<string> IntegrityKinds = new HashSet<string> { "page_hidden", "window_blur", "paste" };
}
