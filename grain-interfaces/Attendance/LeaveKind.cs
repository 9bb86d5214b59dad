namespace BankHire.Attendance;

/// <summary>Annual (年假), sick (病假), personal (事假), and the statutory kinds (marriage, maternity/paternity, bereavement) as Other.</summary>
[GenerateSerializer, Alias("bankhire.LeaveKind")]
public enum LeaveKind { Annual, Sick, Personal, Other }
