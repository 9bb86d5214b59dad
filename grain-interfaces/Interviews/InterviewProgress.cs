using System.Collections.Immutable;

namespace BankHire.Interviews;

/// <summary>The interview with everything the candidate did: consents (latest last), questions in order, integrity signals.</summary>
/// <param name="MediaPurge">When the frames and audio were deleted (consent withdrawn, scored without keeping the recording,
/// retention, erasure); null while they are kept.</param>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewProgress")]
public sealed record InterviewProgress(
    InterviewSnapshot Interview,
    ImmutableArray<ConsentRecord> ConsentHistory,
    ImmutableArray<QuestionProgress> Questions,
    ImmutableArray<IntegritySignal> Integrity,
    bool ReportReady,
    MediaPurge? MediaPurge = null)
{
    /// <summary>The consent in force (withdrawn or not); null before any was given.</summary>
    public ConsentRecord? Consent => ConsentHistory.IsDefaultOrEmpty ? null : ConsentHistory[^1];

    /// <summary>The first question not answered; null when all are.</summary>
    public QuestionProgress? Current => Questions.FirstOrDefault(q => q.State != QuestionState.Answered);
}
