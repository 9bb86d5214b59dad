using BankHire.Answers;

namespace BankHire.Interviews;

/// <summary>
/// The one rule for an interview's media under the consent in force (and HR's withdrawal of the candidate): whether a
/// kind of chunk may be stored, whether it is analysed as it arrives, which analyses the scoring may run, whether HR
/// may be shown the frames and whether the recording outlives its scoring. Ingest, the doorbell, the hints, both
/// scorings and the frame endpoint all ask here; read it from the snapshot the token check returns.
/// </summary>
/// <param name="InForce">The latest consent (withdrawn or not); null before any was given.</param>
/// <param name="CandidateWithdrawnAt">When HR marked the candidate withdrawn: nothing more is taken from them.</param>
public sealed record MediaConsent(ConsentRecord? InForce, DateTimeOffset? CandidateWithdrawnAt = null)
{
    // Factories, not properties of the snapshot: grain state is stored as JSON, and a computed object property would be
    // written into it and then fail to read back.

    /// <summary>What the consent on this snapshot allows: ingest reads it on the snapshot its token check returned.</summary>
    public static MediaConsent Of(InterviewSnapshot interview) => new(interview.Consent, interview.CandidateWithdrawnAt);

    public static MediaConsent Of(InterviewProgress progress) => new(progress.Consent, progress.Interview.CandidateWithdrawnAt);

    /// <summary>Whether a chunk of <paramref name="kind"/> may be stored (and so analysed).</summary>
    public bool Allows(ChunkKind kind) => WhyNotStore(kind) is null;

    /// <summary>Why a chunk of <paramref name="kind"/> may not be stored; null when it may. Frames serve face analysis
    /// only; audio serves voice and content analysis. A candidate HR withdrew sends nothing more.</summary>
    public ConsentRefusal? WhyNotStore(ChunkKind kind) =>
        CandidateWithdrawnAt is not null ? ConsentRefusal.CandidateWithdrawn
        : WhyNotInForce() is { } refusal ? refusal
        : kind == ChunkKind.Frame && !InForce!.Face ? ConsentRefusal.NoFaceConsent
        : kind == ChunkKind.Audio && !InForce!.Voice && !InForce.Content ? ConsentRefusal.NoVoiceOrContentConsent
        : null;

    /// <summary>The analyses the candidate agreed to and has not withdrawn: what the scoring context may use.</summary>
    public ConsentedAnalyses Analyses => InForce is { Active: true } consent
        ? new ConsentedAnalyses(consent.Face, consent.Voice, consent.Content)
        : ConsentedAnalyses.None;

    /// <summary>Whether a stored chunk is looked at as it arrives (its doorbell rings, hints read it): frames under face
    /// consent, audio under voice consent. Audio kept for content analysis alone is read from the store at finish.</summary>
    public bool AnalysedLive(ChunkKind kind) => Allows(kind) && (kind == ChunkKind.Frame ? Analyses.Face : Analyses.Voice);

    /// <summary>Whether audio analysed live is also transcribed as it arrives (content consent).</summary>
    public bool TranscribedLive => Analyses.Content;

    /// <summary>Why HR may not look at the frames: they need face analysis and keeping the recording for human review.</summary>
    public ConsentRefusal? WhyFramesWithheld =>
        WhyNotInForce() ?? (InForce!.Face ? null : ConsentRefusal.NoFaceConsent) ?? (InForce.KeepRecording ? null : ConsentRefusal.NoKeepRecordingConsent);

    /// <summary>Whether the frames and audio stay after the interview is scored (until the job's retention ends).</summary>
    public bool KeepsRecordingAfterScoring => InForce is { Active: true, KeepRecording: true };

    private ConsentRefusal? WhyNotInForce() => InForce switch
    {
        null => ConsentRefusal.NoConsent,
        { Active: false } => ConsentRefusal.ConsentWithdrawn,
        _ => null,
    };
}

/// <summary>The analyses a consent allows; all false once it is withdrawn.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ConsentedAnalyses")]
public sealed record ConsentedAnalyses(bool Face, bool Voice, bool Content)
{
    public static readonly ConsentedAnalyses None = new(false, false, false);
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
