namespace BankHire.Attendance;

/// <summary>
/// Where the employee's face check-in stands. <paramref name="VerificationAvailable"/> false with
/// <paramref name="UnavailableReason"/> when this installation cannot compare faces (its model is not installed).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.FaceEnrolment")]
public sealed record FaceEnrolment(bool VerificationAvailable, string? UnavailableReason, DateTimeOffset? ConsentedAt, DateTimeOffset? EnrolledAt);
