namespace BankHire.Analysis.Vision;

/// <summary>
/// Thresholds of the per-frame judgements. Changing a default changes what the features mean: bump
/// <see cref="VisionAnalyserVersion.AlgorithmRevision"/> with it.
/// </summary>
public sealed record FrameAnalysisOptions
{
    /// <summary>Mean luma (0–255) below which a frame is too dark to judge.</summary>
    public double DarkLuminance { get; init; } = 40;

    /// <summary>Mean luma below which the camera is taken to be covered or off: face detection is skipped.</summary>
    public double BlackLuminance { get; init; } = 8;

    /// <summary>Blur is measured on the frame scaled to this width so scores from 320- and 640-pixel clients compare.</summary>
    public int BlurReferenceWidth { get; init; } = 320;

    public GazeCone Gaze { get; init; } = GazeCone.Default;

    public SmileRule Smile { get; init; } = SmileRule.Default;

    /// <summary>Landmarks are placed only on a face at least this wide (pixels): below it, 68 points blur together.</summary>
    public float MinLandmarkFaceWidth { get; init; } = 40;

    /// <summary>
    /// Which frames of an answer are analysed and which are also searched for small faces (one BlazeFace inference
    /// per tile: 20 tiles at 640×480, 12 at 320×240); the live hint keeps the latest searched frame's answer until the
    /// next search.
    /// </summary>
    public FrameSampling Sampling { get; init; } = FrameSampling.Default;

    public static FrameAnalysisOptions Default { get; } = new();
}
