namespace BankHire.Analysis.Vision;

/// <summary>
/// What one facial cue is worth, for the product's model card: the model behind it and where that comes from, what
/// it measures, how accurate it was on which labelled set, its known limits, and whether it may reach a score.
/// </summary>
public sealed record VisionCueCard(
    string Feature,
    string Model,
    string SourcePackage,
    string Version,
    string Sha256,
    string Measures,
    int Correct,
    int Labelled,
    string LabelledSet,
    string KnownLimits,
    double ReleaseBar)
{
    public double Accuracy => Labelled == 0 ? 0 : (double)Correct / Labelled;

    /// <summary>Released to scoring only when the measured accuracy clears the bar.</summary>
    public bool Released => Labelled > 0 && Accuracy >= ReleaseBar;

    /// <summary>Null when released; otherwise the no-data reason the feature carries.</summary>
    public string? WithheldReason => Released ? null
        : $"{Feature} withheld: right on {Correct} of {Labelled} labelled faces ({Accuracy:P0}, below the {ReleaseBar:P0} bar)";
}
