namespace BankHire.Attendance;

/// <summary>
/// What one face check found: whether a live person did the challenge, whether it is the enrolled person (null
/// when not compared), the distance, the reason in words, and for a verified face the pass a face check-in spends.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.FaceCheckOutcome")]
public sealed record FaceCheckOutcome(bool Live, bool? SamePerson, double? Distance, string Reason, Guid? PassId);
