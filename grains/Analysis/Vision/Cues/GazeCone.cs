namespace BankHire.Analysis.Vision;

/// <summary>
/// When a head pose counts as "looking at the camera". Head pose is a proxy for gaze (eyes can move inside a
/// still head); the cone is deliberately generous so that reading notes just below the camera is not penalised.
/// </summary>
public sealed record GazeCone
{
    /// <summary>Largest |yaw| in degrees.</summary>
    public double MaxYawDegrees { get; init; } = 20;

    /// <summary>Range of <see cref="HeadPose.PitchRatio"/> for a level head (frontal faces measure about 0.45–0.6).</summary>
    public double MinPitchRatio { get; init; } = 0.30;

    public double MaxPitchRatio { get; init; } = 0.75;

    /// <summary>Below this eye span the far eye is hidden (profile): not eye contact.</summary>
    public double MinEyeSpanRatio { get; init; } = 0.25;

    public static GazeCone Default { get; } = new();

    public bool Contains(HeadPose pose) =>
        Math.Abs(pose.YawDegrees) <= MaxYawDegrees
        && pose.PitchRatio >= MinPitchRatio && pose.PitchRatio <= MaxPitchRatio
        && pose.EyeSpanRatio >= MinEyeSpanRatio;
}
