namespace BankHire.Attendance;

/// <summary>
/// A check-in as the phone sends it. <paramref name="Id"/> is made by the page, so a resend is recognised.
/// <paramref name="DeviceTime"/> is when it was taken and <paramref name="DeviceSentAt"/> when it was sent, both by the
/// phone's clock: the server measures the phone's clock against its own at sending and corrects the time taken.
/// <paramref name="FacePassId"/> is the pass a verified live face earned (face check-in only).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.CheckInSubmission")]
public sealed record CheckInSubmission(
    Guid Id,
    CheckInKind Kind,
    CheckInMethod Method,
    double? Latitude,
    double? Longitude,
    double? AccuracyMeters,
    DateTimeOffset DeviceTime,
    DateTimeOffset DeviceSentAt,
    string? BranchCode,
    string? QrCode,
    bool Queued,
    Guid? FacePassId = null);
