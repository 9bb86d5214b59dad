namespace BankHire.Attendance;

[GenerateSerializer, Alias("bankhire.AppealStatus")]
public enum AppealStatus { Pending, Approved, Rejected }
