using System.Collections.Immutable;

namespace BankHire.Attendance;

/// <summary>
/// A stored check-in: what the phone sent, when the server received it, the phone clock's skew at sending, the
/// time it counts at (<paramref name="EffectiveAt"/>: the device time corrected by the skew), the outcome and why.
/// </summary>
/// <param name="Reasons">Codes: outside-geofence, accuracy-worse-than-radius, clock-skew, late-upload, qr-invalid, awaiting-supervisor, confirmed.</param>
[GenerateSerializer, Immutable, Alias("bankhire.CheckIn")]
public sealed record CheckIn(
    CheckInSubmission Submission,
    DateTimeOffset ReceivedAt,
    double ClockSkewSeconds,
    DateTimeOffset EffectiveAt,
    string BranchCode,
    double? DistanceMeters,
    CheckInOutcome Outcome,
    ImmutableArray<string> Reasons,
    string? ConfirmedBy = null)
{
    public bool Counts => Outcome is CheckInOutcome.Accepted or CheckInOutcome.Flagged;
}
