namespace BankHire.Analysis.Vision;

/// <summary>
/// The version string every vision <see cref="Features.FeatureValue"/> carries, so a score can always be traced
/// to the models and the algorithm that produced it. Bump <see cref="AlgorithmRevision"/> whenever a threshold,
/// a decoding step or an aggregation rule changes what a feature would measure on the same frames.
/// </summary>
public static class VisionAnalyserVersion
{
    /// <summary>
    /// v2: face-shape check, small-face tiles, landmark cues; v3: tiles for 32-px faces and a second look; v4: flat tiles
    /// skipped; v5: every second frame read, small faces searched every twelfth (<see cref="FrameSampling.Default"/>);
    /// v6: the small-face search on one canvas instead of tiles (<see cref="SmallFaceCanvas"/>).
    /// </summary>
    public const string AlgorithmRevision = "v6";

    /// <summary>The revision of a detector whose model could not take the canvas, so its small-face search kept the tiles.</summary>
    public const string TilesRevision = "v5";

    public const string BlazeFaceModel = "blazeface-1.2.0";

    public const string HaarFallbackModel = "haar-frontalface-default";

    public const string LandmarkModel = "dlib68-19.24";

    /// <summary>The version with both neural models, <c>vision/blazeface-1.2.0+dlib68-19.24+v6</c>.</summary>
    public static string Current { get; } = For(FaceDetectorKind.BlazeFace, landmarks: true);

    public static string For(FaceDetectorKind kind, bool landmarks, bool smallFacesOnCanvas = true)
    {
        var revision = smallFacesOnCanvas || kind != FaceDetectorKind.BlazeFace ? AlgorithmRevision : TilesRevision;
        var detector = kind switch
        {
            FaceDetectorKind.BlazeFace => BlazeFaceModel,
            FaceDetectorKind.HaarCascade => HaarFallbackModel,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return landmarks && kind == FaceDetectorKind.BlazeFace
            ? $"vision/{detector}+{LandmarkModel}+{revision}"
            : $"vision/{detector}+{revision}";
    }
}
