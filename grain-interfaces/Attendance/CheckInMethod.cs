namespace BankHire.Attendance;

/// <summary>
/// How the employee proved where they are: the phone's location inside the branch geofence, the branch's rotating QR
/// code, a supervisor's confirmation (for those who decline biometrics and have no signal), or face verification.
/// </summary>
[GenerateSerializer, Alias("bankhire.CheckInMethod")]
public enum CheckInMethod { Location, BranchQr, Supervisor, Face }
