namespace BankHire.Analysis.Vision;

/// <summary>
/// When a face counts as looking at the camera: the head turned towards the lens within the cone, and the eyes
/// open. Head pose stands in for gaze (the 68 landmarks do not place the iris), so the cone is generous downwards,
/// where the screen with the question sits under a webcam.
/// </summary>
public sealed record GazeCone
{
    public double MaxYawDegrees { get; init; } = 20;

    /// <summary>Head tipped up (negative pitch) by more than this is looking away.</summary>
    public double MaxUpDegrees { get; init; } = 15;

    /// <summary>Head tipped down by more than this is looking away (reading notes on the desk, a phone).</summary>
    public double MaxDownDegrees { get; init; } = 25;

    public static GazeCone Default { get; } = new();

    public bool Contains(HeadPose pose, EyeOpenness eyes) =>
        Math.Abs(pose.YawDegrees) <= MaxYawDegrees
        && pose.PitchDegrees >= -MaxUpDegrees && pose.PitchDegrees <= MaxDownDegrees
        && !eyes.Closed;
}
