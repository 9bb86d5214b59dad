using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Face descriptors from a frame and the face's 68 landmarks, with face-api's recognition net; or — when its weights
/// are not installed or differ from the pinned ones — none, with <see cref="UnavailableReason"/> saying why, so face
/// verification reports "not available" instead of a guess. Thread-safe.
/// </summary>
public sealed class FaceRecognizer
{
    // Loaded on the first face described: asking whether face check-in is available, or spending a pass, never waits for it.
    private readonly Lazy<FaceRecognitionNet>? _net;

    private FaceRecognizer(Lazy<FaceRecognitionNet>? net, string? unavailableReason)
    {
        _net = net;
        UnavailableReason = unavailableReason;
    }

    public bool Available => _net is not null;

    public string? UnavailableReason { get; }

    public static FaceRecognizer Unavailable(string reason) => new(null, reason);

    public static FaceRecognizer Load(string folder) =>
        new(new Lazy<FaceRecognitionNet>(() => FaceRecognitionNet.Load(Path.Combine(folder, RecognitionModelFile.ManifestName))), null);

    public static FaceRecognizer CreateDefault()
    {
        if (RecognitionModelFile.FindFolder() is not { } folder)
            return Unavailable($"face recognition model not installed ({RecognitionModelFile.NpmPackage}@{RecognitionModelFile.NpmVersion}: run scripts/fetch-face-recognition-model.sh)");
        return RecognitionModelFile.Mismatch(folder) is { } mismatch ? Unavailable($"face recognition model: {mismatch}") : Load(folder);
    }

    /// <summary>The face's descriptor, or null when the model is not available.</summary>
    public FaceDescriptor? Describe(Mat bgr, FaceLandmarks face) =>
        _net is null ? null : new FaceDescriptor(_net.Value.Describe(FaceChip.Cut(bgr, face)));
}
