namespace BankHire.Analysis.Vision;

/// <summary>
/// What one facial cue is worth, for the product's model card: the model behind it and where that comes from, what
/// it measures, how accurate it was on which labelled set (overall, and on the frames labelled yes and no apart:
/// a ratio compared with a target is pushed off by a cue that misses one kind more than the other), its known
/// limits, and whether it may reach a score.
/// </summary>
public sealed record VisionCueCard(
    string Feature,
    string Model,
    string SourcePackage,
    string Version,
    string Sha256,
    string Measures,
    int YesRight,
    int Yes,
    int NoRight,
    int No,
    string LabelledSet,
    string KnownLimits,
    double ReleaseBar)
{
    public int Correct => YesRight + NoRight;

    public int Labelled => Yes + No;

    public double YesAccuracy => Yes == 0 ? 0 : (double)YesRight / Yes;

    public double NoAccuracy => No == 0 ? 0 : (double)NoRight / No;

    /// <summary>What the labelled set lacks to validate the cue at all (then it is withheld whatever its accuracy).</summary>
    public string? MissingEvidence { get; init; }

    public double Accuracy => Labelled == 0 ? 0 : (double)Correct / Labelled;

    /// <summary>Released to scoring only when overall, yes and no accuracy each clear the bar and nothing is missing to measure them.</summary>
    public bool Released => Labelled > 0 && Accuracy >= ReleaseBar && YesAccuracy >= ReleaseBar && NoAccuracy >= ReleaseBar && MissingEvidence is null;

    /// <summary>Null when released; otherwise the no-data reason the feature carries.</summary>
    public string? WithheldReason => Released ? null
        : MissingEvidence is { } missing ? $"{Feature} withheld: not validated ({missing}); {Correct} of {Labelled} labelled frames right ({Accuracy:P0})"
        : $"{Feature} withheld: right on {Correct} of {Labelled} labelled frames ({Accuracy:P0}), {YesRight} of {Yes} yes ({YesAccuracy:P0}) "
          + $"and {NoRight} of {No} no ({NoAccuracy:P0}); each must reach {ReleaseBar:P0}";
}
