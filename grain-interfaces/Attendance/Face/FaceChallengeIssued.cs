namespace BankHire.Attendance;

[GenerateSerializer, Immutable, Alias("bankhire.FaceChallengeIssued")]
public sealed record FaceChallengeIssued(Guid Id, FaceChallengeKind Kind, DateTimeOffset ExpiresAt);
