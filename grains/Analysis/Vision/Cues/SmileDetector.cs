using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// OpenCV's smile cascade run on the mouth region of a detected face (around BlazeFace's mouth keypoint, or
/// the lower face box without keypoints), scaled to a fixed width so the cascade sees every mouth at the same
/// size. Its accuracy is limited (see <see cref="SmileValidation"/>): the aggregator withholds smile_ratio.
/// Thread-safe (calls are serialised: OpenCV documents no thread-safety for a shared cascade).
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

    /// <summary>Hits needed to call a smile: the best split of the labelled validation set (see the Vision tests).</summary>
    public const int DefaultMinStrength = 174;

    public int MinStrength { get; }

    /// <summary>The cascade shipped with the assembly (or Debian's), else null.</summary>
    public static SmileDetector? CreateDefault() =>
        ModelFiles.FindCascade(ModelFiles.SmileCascadeFileName) is { } path ? new SmileDetector(path) : null;

    public SmileReading Read(Mat bgr, DetectedFace face)
    {
        var region = MouthRegion(face, bgr.Width, bgr.Height);
        if (region.Width < 8 || region.Height < 4) return new SmileReading(false, 0);

        using var crop = new Mat(bgr, region);
        using var gray = new Mat();
        Cv2.CvtColor(crop, gray, ColorConversionCodes.BGR2GRAY);
        var height = Math.Max(1, (int)Math.Round(region.Height * (double)RegionWidth / region.Width));
        Cv2.Resize(gray, gray, new Size(RegionWidth, height), 0, 0, InterpolationFlags.Area);

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

    /// <summary>
    /// A band 1.6 eye-distances wide and 0.8 high around the mouth keypoint: the lips and their corners, without
    /// the nose and chin texture that the whole lower face adds. Without keypoints, the lower middle of the box.
    /// </summary>
    private static Rect MouthRegion(DetectedFace face, int width, int height)
    {
        float x0, y0, x1, y1;
        if (face.Keypoints is { } k)
        {
            var eye = MathF.Sqrt(MathF.Pow(k.LeftEye.X - k.RightEye.X, 2) + MathF.Pow(k.LeftEye.Y - k.RightEye.Y, 2));
            (x0, x1) = (k.Mouth.X - 0.8f * eye, k.Mouth.X + 0.8f * eye);
            (y0, y1) = (k.Mouth.Y - 0.4f * eye, k.Mouth.Y + 0.4f * eye);
        }
        else
        {
            var box = face.Box;
            (x0, x1) = (box.X + box.Width * 0.15f, box.X + box.Width * 0.85f);
            (y0, y1) = (box.Y + box.Height * 0.55f, box.Y + box.Height * 1.05f);
        }

        var left = (int)Math.Clamp(x0, 0, width);
        var top = (int)Math.Clamp(y0, 0, height);
        var right = (int)Math.Clamp(x1, 0, width);
        var bottom = (int)Math.Clamp(y1, 0, height);
        return new Rect(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));
    }
}
