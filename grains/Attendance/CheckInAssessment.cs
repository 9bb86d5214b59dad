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
/// <item>by supervisor: pending until a supervisor confirms;</item>
/// <item>by face: a live, verified face (a pass spent once) and then the location rule — the face proves who, the
/// geofence where.</item>
/// </list>
/// </summary>
public static class CheckInAssessment
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan MaxQueueDelay = TimeSpan.FromHours(72);

    public static CheckIn Assess(CheckInSubmission s, DateTimeOffset receivedAt, string branchCode, IReadOnlyList<GeofenceLocation> geofence, bool? qrValid,
        bool? faceVerified = null)
    {
        var skew = receivedAt - s.DeviceSentAt;
        var effective = s.DeviceTime + skew;
        var reasons = ImmutableArray.CreateBuilder<string>();
        var outcome = CheckInOutcome.Accepted;
        double? distance = null;

        switch (s.Method)
        {
            case CheckInMethod.Face when faceVerified != true:
                outcome = CheckInOutcome.Refused;
                reasons.Add("face-not-verified");
                break;
            case CheckInMethod.Location or CheckInMethod.Face:
                (outcome, distance) = ByLocation(s, geofence, reasons);
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

    private static (CheckInOutcome, double?) ByLocation(CheckInSubmission s, IReadOnlyList<GeofenceLocation> geofence, ImmutableArray<string>.Builder reasons)
    {
        if (Geofence.Nearest(geofence, s.Latitude!.Value, s.Longitude!.Value) is not { } near)
        {
            reasons.Add("no-geofence");
            return (CheckInOutcome.Refused, null);
        }
        var distance = Math.Round(near.DistanceMeters, 1);
        if (near.DistanceMeters > near.Location.RadiusMeters)
        {
            reasons.Add("outside-geofence");
            return (CheckInOutcome.Refused, distance);
        }
        if (s.AccuracyMeters > near.Location.RadiusMeters)
        {
            reasons.Add("accuracy-worse-than-radius");
            return (CheckInOutcome.Flagged, distance);
        }
        return (CheckInOutcome.Accepted, distance);
    }
}
