namespace BankHire.Analysis.Vision;

/// <summary>
/// The version string every vision <see cref="Features.FeatureValue"/> carries, so a score can always be traced
/// to the model and the algorithm that produced it. Bump <see cref="AlgorithmRevision"/> whenever a threshold,
/// a decoding step or an aggregation rule changes what a feature would measure on the same frames.
/// </summary>
public static class VisionAnalyserVersion
{
    public const string AlgorithmRevision = "v1";

    public const string BlazeFaceModel = "blazeface-1.2.0";

    public const string HaarFallbackModel = "haar-frontalface-default";

    /// <summary>The version with the neural model, e.g. <c>vision/blazeface-1.2.0+v1</c>.</summary>
    public static string Current { get; } = For(FaceDetectorKind.BlazeFace);

    public static string For(FaceDetectorKind kind) => kind switch
    {
        FaceDetectorKind.BlazeFace => $"vision/{BlazeFaceModel}+{AlgorithmRevision}",
        FaceDetectorKind.HaarCascade => $"vision/{HaarFallbackModel}+{AlgorithmRevision}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
