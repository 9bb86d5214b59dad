using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Fallback when the BlazeFace model is missing. OpenCV documents no thread-safety for a shared
/// <see cref="CascadeClassifier"/>, so calls are serialised.
/// </summary>
internal sealed class HaarFaceBackend(string cascadePath, FaceDetectorOptions options) : IFaceDetectorBackend
{
    private readonly CascadeClassifier _cascade = LoadCascade(cascadePath);
    private readonly Lock _gate = new();

    public FaceDetectorKind Kind => FaceDetectorKind.HaarCascade;

    public IReadOnlyList<DetectedFace> Detect(Mat bgr)
    {
        using var gray = new Mat();
        Cv2.CvtColor(bgr, gray, ColorConversionCodes.BGR2GRAY);
        Cv2.EqualizeHist(gray, gray);
        var minSide = (int)(Math.Min(bgr.Width, bgr.Height) * options.HaarMinFaceFraction);
        Rect[] boxes;
        lock (_gate)
            boxes = _cascade.DetectMultiScale(gray, 1.1, 5, HaarDetectionTypes.ScaleImage, new Size(minSide, minSide));
        return boxes.Select(b => new DetectedFace(new Rect2f(b.X, b.Y, b.Width, b.Height), 1f, null)).ToList();
    }

    public void Dispose() => _cascade.Dispose();

    internal static CascadeClassifier LoadCascade(string path)
    {
        var cascade = new CascadeClassifier(path);
        if (!cascade.Empty()) return cascade;
        cascade.Dispose();
        throw new InvalidOperationException($"Haar cascade '{path}' could not be loaded.");
    }
}
