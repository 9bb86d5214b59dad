namespace BankHire.Web.CandidatePortal;

/// <summary>The bodies of the live interview's steps (README.md).</summary>
public static class CandidateInterviewRequests
{
    public sealed record ConsentRequest(bool Face, bool Voice, bool Content, bool KeepRecording, string TextVersion, string Language);

    public sealed record BeginRequest(bool Retake = false);

    public sealed record FinishRequest(int Attempt, int FrameCount, int AudioCount, string? TypedAnswer = null);

    public sealed record IntegrityRequest(string Kind, DateTimeOffset At, string? QuestionId = null);

    public static readonly IReadOnlySet<string> IntegrityKinds = new HashSet<string> { "page_hidden", "window_blur", "paste" };
}
