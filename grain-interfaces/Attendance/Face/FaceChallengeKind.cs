namespace BankHire.Attendance;

/// <summary>Blink, or turn the head to one's own left or right.</summary>
[GenerateSerializer, Alias("bankhire.FaceChallengeKind")]
public enum FaceChallengeKind { Blink, TurnLeft, TurnRight }
