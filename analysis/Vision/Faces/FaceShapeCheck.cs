namespace BankHire.Analysis.Vision;

/// <summary>
/// Whether BlazeFace's keypoints sit inside its box the way a face's parts do: eyes a plausible share of the box
/// apart, the nose and mouth below the eye line, the mouth about one eye distance below it. A real face of any
/// pose the front model finds passes; boxes BlazeFace draws around text, stripes or Chromium's test pattern put
/// the keypoints in a clump and fail. Measured in the eye-aligned frame, so head roll does not matter.
/// </summary>
public static class FaceShapeCheck
{
    public const double MinEyeSpan = 0.12;
    public const double MaxEyeSpan = 0.75;
    public const double MinMouthDepth = 0.45;
    public const double MaxMouthDepth = 2.5;

    public static bool IsPlausible(DetectedFace face)
    {
        if (face.Keypoints is not { } k) return true; // Haar's boxes carry nothing to check
        var shape = Measure(k, face.Box.Width);
        return shape is { } s
            && s.EyeSpan is >= MinEyeSpan and <= MaxEyeSpan
            && s.MouthDepth is >= MinMouthDepth and <= MaxMouthDepth
            && s.NoseDepth > 0 && s.NoseDepth < s.MouthDepth;
    }

    /// <summary>Eye distance per box width; nose and mouth depth below the eye line per eye distance.</summary>
    public static (double EyeSpan, double NoseDepth, double MouthDepth)? Measure(FaceKeypoints k, float boxWidth)
    {
        var (ex, ey) = (k.LeftEye.X - k.RightEye.X, k.LeftEye.Y - k.RightEye.Y);
        var eyes = Math.Sqrt(ex * ex + ey * ey);
        if (eyes < 1e-3 || boxWidth <= 0) return null;
        var (ux, uy) = (ex / eyes, ey / eyes);
        var (mx, my) = ((k.LeftEye.X + k.RightEye.X) / 2.0, (k.LeftEye.Y + k.RightEye.Y) / 2.0);
        double Depth(OpenCvSharp.Point2f p) => (-(p.X - mx) * uy + (p.Y - my) * ux) / eyes;
        return (eyes / boxWidth, Depth(k.Nose), Depth(k.Mouth));
    }
}
