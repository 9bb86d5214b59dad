namespace BankHire.Analysis.Vision;

/// <summary>
/// Head orientation estimated from BlazeFace's 2-D keypoints, in the eye-aligned frame (so head roll does not
/// read as yaw). <see cref="YawRatio"/>: horizontal nose offset from the eye midpoint per eye distance, 0 when
/// frontal. <see cref="PitchRatio"/>: nose depth below the eye line over mouth depth below it; it rises when the
/// head tips down and falls when it tips up. <see cref="EyeSpanRatio"/>: eye distance over box width, which
/// collapses towards 0 in profile, when one eye is hidden.
/// </summary>
public sealed record HeadPose(double YawRatio, double PitchRatio, double RollDegrees, double EyeSpanRatio)
{
    /// <summary>
    /// Typical nose-tip depth in front of the eyes, per eye distance: a yaw of θ moves the projected nose by
    /// about depth·sin θ while the eye distance shrinks by cos θ, so YawRatio ≈ 0.5·tan θ.
    /// </summary>
    private const double NoseDepthPerEyeDistance = 0.5;

    /// <summary>Approximate yaw in degrees (positive: the nose points to the image's right).</summary>
    public double YawDegrees => Math.Atan(YawRatio / NoseDepthPerEyeDistance) * 180 / Math.PI;

    public static HeadPose? FromKeypoints(FaceKeypoints k, float boxWidth)
    {
        var ex = k.LeftEye.X - k.RightEye.X;
        var ey = k.LeftEye.Y - k.RightEye.Y;
        var eyeDistance = Math.Sqrt(ex * ex + ey * ey);
        if (eyeDistance < 1e-3 || boxWidth <= 0) return null;

        // u runs along the eye line, v perpendicular to it, pointing down the face.
        var (ux, uy) = (ex / eyeDistance, ey / eyeDistance);
        var (vx, vy) = (-uy, ux);
        var midX = (k.LeftEye.X + k.RightEye.X) / 2.0;
        var midY = (k.LeftEye.Y + k.RightEye.Y) / 2.0;
        var (nx, ny) = (k.Nose.X - midX, k.Nose.Y - midY);
        var (mx, my) = (k.Mouth.X - midX, k.Mouth.Y - midY);

        var mouthDepth = mx * vx + my * vy;
        if (mouthDepth <= 1e-3) return null; // mouth above the eyes: keypoints are not a face we can read

        return new HeadPose(
            YawRatio: (nx * ux + ny * uy) / eyeDistance,
            PitchRatio: (nx * vx + ny * vy) / mouthDepth,
            RollDegrees: Math.Atan2(uy, ux) * 180 / Math.PI,
            EyeSpanRatio: eyeDistance / boxWidth);
    }
}
