using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// OpenCV's smile cascade run on the mouth region of a detected face. The region is scaled to a fixed width
/// so the cascade sees the mouth at the same size whatever the face size. Thread-safe (calls are serialised:
/// OpenCV documents no thread-safety for a shared cascade).
/// </summary>
public sealed class SmileDetector : IDisposable
{
    private const int RegionWidth = 120;

    private readonly CascadeClassifier _cascade;
    private readonly Lock _gate = new();

    public SmileDetector(string cascadePath, int minStrength = DefaultMinStrength)
    {
        _cascade = HaarFaceBackend.LoadCascade(cascadePath);
        MinStrength = minStrength;
    }

    /// <summary>Hits needed to call a smile; chosen on the labelled validation set (see the Vision tests).</summary>
    public const int DefaultMinStrength = 12;

    public int MinStrength { get; }

    /// <summary>The cascade shipped with the assembly (or Debian's), else null.</summary>
    public static SmileDetector? CreateDefault() =>
        ModelFiles.FindCascade(ModelFiles.SmileCascadeFileName) is { } path ? new SmileDetector(path) : null;

    public SmileReading Read(Mat bgr, DetectedFace face)
    {
        var region = MouthRegion(face.Box, bgr.Width, bgr.Height);
        if (region.Width < 8 || region.Height < 4) return new SmileReading(false, 0);

        using var crop = new Mat(bgr, region);
        using var gray = new Mat();
        Cv2.CvtColor(crop, gray, ColorConversionCodes.BGR2GRAY);
        var height = Math.Max(1, (int)Math.Round(region.Height * (double)RegionWidth / region.Width));
        Cv2.Resize(gray, gray, new Size(RegionWidth, height), 0, 0, InterpolationFlags.Area);
        Cv2.EqualizeHist(gray, gray);

        Rect[] hits;
        lock (_gate)
            hits = _cascade.DetectMultiScale(gray, 1.05, 0, HaarDetectionTypes.ScaleImage, new Size(RegionWidth / 4, RegionWidth / 8));
        if (hits.Length == 0) return new SmileReading(false, 0);

        var groups = hits.ToList();
        Cv2.GroupRectangles(groups, out int[] weights, 1, 0.2);
        var strength = weights.Length == 0 ? 0 : weights.Max();
        return new SmileReading(strength >= MinStrength, strength);
    }

    public void Dispose() => _cascade.Dispose();

    /// <summary>The lower half of the face box, trimmed at the sides where cheeks and jaw add false texture.</summary>
    private static Rect MouthRegion(Rect2f box, int width, int height)
    {
        var x0 = (int)Math.Clamp(box.X + box.Width * 0.15f, 0, width);
        var x1 = (int)Math.Clamp(box.X + box.Width * 0.85f, 0, width);
        var y0 = (int)Math.Clamp(box.Y + box.Height * 0.55f, 0, height);
        var y1 = (int)Math.Clamp(box.Y + box.Height * 1.05f, 0, height);
        return new Rect(x0, y0, Math.Max(0, x1 - x0), Math.Max(0, y1 - y0));
    }
}
