namespace BankHire.Analysis.Vision;

/// <summary>Tuning for <see cref="FaceDetector"/>; the defaults are MediaPipe's short-range settings but for the score.</summary>
public sealed record FaceDetectorOptions
{
    /// <summary>
    /// Minimum BlazeFace probability for a face. MediaPipe's 0.5 lets textures through (star fields, a motorcycle,
    /// a colour wheel and a coffee table in Debian's pictures scored 0.52–0.63; the small-face tiles multiply such
    /// chances), while the labelled faces score ≥ 0.78 and 30–50 px faces in the tiles ≥ 0.65.
    /// </summary>
    public float MinScore { get; init; } = 0.65f;

    /// <summary>Boxes overlapping more than this (IoU) are merged into one face.</summary>
    public float SuppressionIou { get; init; } = 0.3f;

    /// <summary>
    /// OnnxRuntime threads per inference. One by default: the service analyses many answers at once, so
    /// throughput comes from running frames in parallel, not from splitting one tiny model across cores.
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>
    /// The small-face search runs BlazeFace once on the whole frame scaled up to a canvas (<see cref="BlazeFaceFreeSize"/>)
    /// instead of once per tile; false keeps the tiles (which a model that cannot be rewritten falls back to anyway).
    /// </summary>
    public bool SmallFacesOnCanvas { get; init; } = true;

    /// <summary>Haar fallback only: smallest face, as a share of the frame's shorter side.</summary>
    public double HaarMinFaceFraction { get; init; } = 0.1;

    public static FaceDetectorOptions Default { get; } = new();
}
