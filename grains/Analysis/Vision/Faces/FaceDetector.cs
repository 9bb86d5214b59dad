using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Finds faces in a BGR frame with BlazeFace, or with OpenCV's Haar cascade when the model file is missing.
/// Thread-safe: one instance (it holds the loaded model) should be shared by all callers.
/// </summary>
public sealed class FaceDetector : IDisposable
{
    private readonly IFaceDetectorBackend _backend;

    private FaceDetector(IFaceDetectorBackend backend) => _backend = backend;

    public FaceDetectorKind Kind => _backend.Kind;

    /// <summary>The analyser version that results from this detector must carry.</summary>
    public string AnalyserVersion => VisionAnalyserVersion.For(Kind);

    /// <summary>BlazeFace from <see cref="ModelFiles.BlazeFacePath"/>, else the Haar fallback.</summary>
    public static FaceDetector CreateDefault(FaceDetectorOptions? options = null) =>
        File.Exists(ModelFiles.BlazeFacePath)
            ? CreateBlazeFace(ModelFiles.BlazeFacePath, options)
            : CreateHaar(ModelFiles.FindCascade(ModelFiles.FrontalFaceCascadeFileName)
                ?? throw new FileNotFoundException("Neither the BlazeFace model nor a Haar face cascade was found.", ModelFiles.BlazeFacePath), options);

    public static FaceDetector CreateBlazeFace(string modelPath, FaceDetectorOptions? options = null) =>
        new(new BlazeFaceBackend(modelPath, options ?? FaceDetectorOptions.Default));

    public static FaceDetector CreateHaar(string cascadePath, FaceDetectorOptions? options = null) =>
        new(new HaarFaceBackend(cascadePath, options ?? FaceDetectorOptions.Default));

    /// <summary>Faces in frame pixels, most confident first.</summary>
    public IReadOnlyList<DetectedFace> Detect(Mat bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty() || bgr.Type() != MatType.CV_8UC3)
            throw new ArgumentException("Expected a non-empty 8-bit, 3-channel BGR image.", nameof(bgr));
        return _backend.Detect(bgr);
    }

    public void Dispose() => _backend.Dispose();
}
