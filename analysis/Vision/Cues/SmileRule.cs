namespace BankHire.Analysis.Vision;

/// <summary>
/// When a mouth shape counts as a smile: its corner lift plus <see cref="WidthWeight"/> times its stretch beyond
/// one inter-ocular distance reaches <see cref="Threshold"/>. The weight and threshold are the fit on the labelled
/// faces that <see cref="VisionCueCards.Smile"/> reports (the Vision tests hold them to it); changing them changes
/// what smile_ratio means (bump <see cref="VisionAnalyserVersion.AlgorithmRevision"/>).
/// </summary>
public sealed record SmileRule(double WidthWeight, double Threshold)
{
    public static SmileRule Default { get; } = new(WidthWeight: 0.3, Threshold: 0.088);

    public double Score(MouthShape mouth) => mouth.CornerLift + WidthWeight * (mouth.Width - 1);

    public bool IsSmile(MouthShape mouth) => Score(mouth) >= Threshold;
}
