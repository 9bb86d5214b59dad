using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// How a frame was fitted into the square model input, keeping its aspect ratio (as MediaPipe does), so that
/// model coordinates can be mapped back to frame pixels.
/// </summary>
internal readonly record struct Letterbox(float Scale, int PadX, int PadY, int ScaledWidth, int ScaledHeight)
{
    public static Letterbox Fit(int width, int height, int target)
    {
        var scale = (float)target / Math.Max(width, height);
        var w = Math.Clamp((int)MathF.Round(width * scale), 1, target);
        var h = Math.Clamp((int)MathF.Round(height * scale), 1, target);
        return new Letterbox(scale, (target - w) / 2, (target - h) / 2, w, h);
    }

    /// <summary>Maps a point given in input pixels (0..target) to frame pixels.</summary>
    public Point2f ToFrame(float inputX, float inputY) => new((inputX - PadX) / Scale, (inputY - PadY) / Scale);
}
