namespace BankHire.Analysis.Vision;

/// <summary>
/// When a mouth shape counts as a smile: the corners drawn up above the middle of the lips, or the mouth
/// stretched wide. The thresholds are the ones validated in <see cref="VisionCueCards.Smile"/>; changing them
/// changes what smile_ratio means (bump <see cref="VisionAnalyserVersion.AlgorithmRevision"/>).
/// </summary>
public sealed record SmileRule
{
    /// <summary>Corner lift (inter-ocular units) at or above which the mouth smiles.</summary>
    public double MinCornerLift { get; init; } = 0.05;

    /// <summary>Mouth width (inter-ocular units) at or above which the mouth smiles, whatever the corners do.</summary>
    public double MinWidth { get; init; } = 0.95;

    public static SmileRule Default { get; } = new();

    public bool IsSmile(MouthShape mouth) => mouth.CornerLift >= MinCornerLift || mouth.Width >= MinWidth;
}
