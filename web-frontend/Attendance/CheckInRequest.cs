using BankHire.Attendance;
using BankHire.Web.Problems;

namespace BankHire.Web.Attendance;

/// <summary>A check-in as the employee page sends it (see <see cref="CheckInSubmission"/>).</summary>
public sealed record CheckInRequest(
    Guid Id,
    CheckInKind Kind,
    CheckInMethod Method,
    double? Latitude,
    double? Longitude,
    double? AccuracyMeters,
    DateTimeOffset DeviceTime,
    DateTimeOffset? DeviceSentAt,
    string? BranchCode,
    string? QrCode,
    bool Queued = false,
    Guid? FacePassId = null) : IValidatedRequest
{
    public void Validate() => Validated();

    /// <summary>Largest accuracy radius taken seriously: beyond it the phone does not know where it is.</summary>
    public const double MaxAccuracyMeters = 50_000;

    /// <summary>Refuses what cannot be true (coordinates off the Earth, a negative accuracy, no id) with the field named.</summary>
    public CheckInSubmission Validated()
    {
        if (Id == Guid.Empty) throw ApiProblemException.Invalid("id", "'id' is required: the page makes one per check-in so a resend is recognised.");
        if (!Enum.IsDefined(Kind)) throw ApiProblemException.Invalid("kind", "'kind' must be In or Out.");
        if (!Enum.IsDefined(Method)) throw ApiProblemException.Invalid("method", "'method' must be Location, BranchQr, Supervisor or Face.");
        if (Method == CheckInMethod.Face && FacePassId is null)
            throw ApiProblemException.Invalid("facePassId", "A face check-in needs the 'facePassId' its face check earned (POST /api/employee/face/verify).");
        if (Method == CheckInMethod.Face && Queued)
            throw ApiProblemException.Invalid("queued", "A face check-in cannot be queued offline: its face is checked live.");
        if (Latitude is not null || Longitude is not null || Method is CheckInMethod.Location or CheckInMethod.Face)
        {
            if (Latitude is not { } lat || Longitude is not { } lon)
                throw ApiProblemException.Invalid(Latitude is null ? "latitude" : "longitude", "A location or face check-in needs 'latitude' and 'longitude'.");
            Require.Range(lat, -90, 90, "latitude");
            Require.Range(lon, -180, 180, "longitude");
            if (AccuracyMeters is not { } accuracy || !double.IsFinite(accuracy) || accuracy <= 0 || accuracy > MaxAccuracyMeters)
                throw ApiProblemException.Invalid("accuracyMeters", $"'accuracyMeters' must be above 0 and at most {MaxAccuracyMeters} (the phone's reported accuracy).");
        }
        if (Method == CheckInMethod.BranchQr && (string.IsNullOrWhiteSpace(BranchCode) || QrCode is not { Length: 6 } || !QrCode.All(char.IsAsciiDigit)))
            throw ApiProblemException.Invalid(string.IsNullOrWhiteSpace(BranchCode) ? "branchCode" : "qrCode", "A QR check-in needs 'branchCode' and the 6-digit 'qrCode' from the branch's screen.");
        var sentAt = DeviceSentAt ?? DeviceTime;
        if (DeviceTime > sentAt + TimeSpan.FromMinutes(1))
            throw ApiProblemException.Invalid("deviceTime", "'deviceTime' is after 'deviceSentAt': a check-in cannot be sent before it is taken.");
        if (DeviceTime.Year < 2000) throw ApiProblemException.Invalid("deviceTime", "'deviceTime' is not a plausible time.");
        return new CheckInSubmission(Id, Kind, Method, Latitude, Longitude, AccuracyMeters, DeviceTime, sentAt,
            Require.OptionalText(BranchCode, "branchCode", 32), QrCode, Queued, Method == CheckInMethod.Face ? FacePassId : null);
    }
}
