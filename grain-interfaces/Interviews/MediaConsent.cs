using BankHire.Answers;

namespace BankHire.Interviews;

/// <summary>
/// The one rule for an interview's media under the consent in force: whether a kind of chunk may be stored (and so
/// analysed), whether HR may be shown the frames, and whether the recording outlives its scoring. Ingest, the
/// session's doorbell, the scorers' purge and the frame endpoint all ask here.
/// </summary>
public static class MediaConsent
{
    /// <summary>Why a chunk of <paramref name="kind"/> may not be stored; null when it may. Frames serve face analysis
    /// only; audio serves voice and content analysis. A candidate HR withdrew sends nothing more.</summary>
    public static ConsentRefusal? WhyNotStore(ConsentRecord? consent, ChunkKind kind, DateTimeOffset? candidateWithdrawnAt = null) =>
        candidateWithdrawnAt is not null ? ConsentRefusal.CandidateWithdrawn
        : WhyNotInForce(consent) is { } refusal ? refusal
        : kind == ChunkKind.Frame && !consent!.Face ? ConsentRefusal.NoFaceConsent
        : kind == ChunkKind.Audio && !consent!.Voice && !consent.Content ? ConsentRefusal.NoVoiceOrContentConsent
        : null;

    /// <summary>Why HR may not look at the frames: they need face analysis and keeping the recording for human review.</summary>
    public static ConsentRefusal? WhyNotShowFrames(ConsentRecord? consent) =>
        WhyNotInForce(consent) ?? (consent!.Face ? null : ConsentRefusal.NoFaceConsent) ?? (consent.KeepRecording ? null : ConsentRefusal.NoKeepRecordingConsent);

    /// <summary>Whether the frames and audio stay after the interview is scored (until the job's retention ends).</summary>
    public static bool KeepsRecordingAfterScoring(ConsentRecord? consent) => consent is { Active: true, KeepRecording: true };

    private static ConsentRefusal? WhyNotInForce(ConsentRecord? consent) => consent switch
    {
        null => ConsentRefusal.NoConsent,
        { Active: false } => ConsentRefusal.ConsentWithdrawn,
        _ => null,
    };
}

/// <summary>Why media is refused or withheld: a stable <c>Code</c> clients translate, and the reason in English.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ConsentRefusal")]
public sealed record ConsentRefusal(string Code, string Reason)
{
    public static readonly ConsentRefusal NoConsent = new("noConsent", "the candidate has given no consent");
    public static readonly ConsentRefusal ConsentWithdrawn = new("consentWithdrawn", "the candidate withdrew their consent");
    public static readonly ConsentRefusal NoFaceConsent = new("noFaceConsent", "the candidate did not consent to face analysis");
    public static readonly ConsentRefusal NoVoiceOrContentConsent = new("noVoiceOrContentConsent", "the candidate consented to neither voice nor content analysis");
    public static readonly ConsentRefusal NoKeepRecordingConsent = new("noKeepRecordingConsent", "the candidate did not consent to keeping the recording for human review");
    public static readonly ConsentRefusal CandidateWithdrawn = new("candidateWithdrawn", "HR marked the candidate withdrawn from this job");
}
