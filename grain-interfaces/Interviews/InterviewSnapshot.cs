namespace BankHire.Interviews;

/// <param name="Consent">The consent in force (withdrawn or not), as the session knows it when the snapshot is read.</param>
/// <param name="CandidateWithdrawnAt">When HR marked the candidate withdrawn: nothing more is taken from the candidate.</param>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewSnapshot")]
public sealed record InterviewSnapshot(
    Guid Id,
    InterviewInvitation Invitation,
    InterviewStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? BookedSlot,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    ConsentRecord? Consent = null,
    DateTimeOffset? CandidateWithdrawnAt = null);
