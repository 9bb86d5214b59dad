namespace BankHire.Attendance;

/// <summary>
/// Accepted counts; Flagged counts but a person should look (poor accuracy, clock skew, late upload); Pending waits
/// for a supervisor; Refused is kept (nothing is lost) but does not count — the employee can appeal the day.
/// </summary>
[GenerateSerializer, Alias("bankhire.CheckInOutcome")]
public enum CheckInOutcome { Accepted, Flagged, Pending, Refused }
