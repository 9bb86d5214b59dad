using System.Collections.Immutable;

namespace BankHire.Attendance;

/// <summary>
/// Decides what a check-in counts as — the one place for location, accuracy, QR, supervisor and clock rules:
/// <list type="bullet">
/// <item>the phone clock's skew is measured at sending (server receipt − device "sent at"); the time taken is
/// corrected by it, and a skew over <see cref="MaxSkew"/> is flagged (the corrected time still counts);</item>
/// <item>a queued check-in that arrives more than <see cref="MaxQueueDelay"/> after it was taken is flagged;</item>
/// <item>by location: outside every geofence → refused; inside but with accuracy worse than the radius → flagged;</item>
/// <item>by QR code: a code of the branch in force when taken → accepted, else refused;</item>
/// <item>by supervisor: pending until a supervisor confirms.</item>
/// </list>
/// </summary>
public static class CheckInAssessment
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan MaxQueueDelay = TimeSpan.FromHours(72);

    public static CheckIn Assess(CheckInSubmission s, DateTimeOffset receivedAt, string branchCode, IReadOnlyList<GeofenceLocation> geofence, bool? qrValid)
    {
        var skew = receivedAt - s.DeviceSentAt;
        var effective = s.DeviceTime + skew;
        var reasons = ImmutableArray.CreateBuilder<string>();
        var outcome = CheckInOutcome.Accepted;
        double? distance = null;

        switch (s.Method)
        {
            case CheckInMethod.Location:
                var nearest = Geofence.Nearest(geofence, s.Latitude!.Value, s.Longitude!.Value);
                if (nearest is not { } near)
                {
                    outcome = CheckInOutcome.Refused;
                    reasons.Add("no-geofence");
                    break;
                }
                distance = Math.Round(near.DistanceMeters, 1);
                if (near.DistanceMeters > near.Location.RadiusMeters)
                {
                    outcome = CheckInOutcome.Refused;
                    reasons.Add("outside-geofence");
                }
                else if (s.AccuracyMeters > near.Location.RadiusMeters)
                {
                    outcome = CheckInOutcome.Flagged;
                    reasons.Add("accuracy-worse-than-radius");
                }
                break;
            case CheckInMethod.BranchQr:
                if (qrValid != true)
                {
                    outcome = CheckInOutcome.Refused;
                    reasons.Add("qr-invalid");
                }
                break;
            case CheckInMethod.Supervisor:
                outcome = CheckInOutcome.Pending;
                reasons.Add("awaiting-supervisor");
                break;
            default:
                outcome = CheckInOutcome.Refused;
                reasons.Add("method-unavailable");
                break;
        }

        if (skew.Duration() > MaxSkew)
        {
            reasons.Add("clock-skew");
            if (outcome == CheckInOutcome.Accepted) outcome = CheckInOutcome.Flagged;
        }
        if (receivedAt - effective > MaxQueueDelay)
        {
            reasons.Add("late-upload");
            if (outcome == CheckInOutcome.Accepted) outcome = CheckInOutcome.Flagged;
        }
        return new CheckIn(s, receivedAt, Math.Round(skew.TotalSeconds, 1), effective, branchCode, distance, outcome, reasons.ToImmutable());
    }
}
