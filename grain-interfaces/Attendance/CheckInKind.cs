namespace BankHire.Attendance;

/// <summary>Starting (In) or ending (Out) the working day.</summary>
[GenerateSerializer, Alias("bankhire.CheckInKind")]
public enum CheckInKind { In, Out }
