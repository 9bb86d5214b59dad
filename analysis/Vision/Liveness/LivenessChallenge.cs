namespace BankHire.Analysis.Vision;

/// <summary>What the person in front of the camera is asked to do, chosen at random per check: blink, or turn the head to their own left or right.</summary>
public enum LivenessChallenge { Blink, TurnLeft, TurnRight }
