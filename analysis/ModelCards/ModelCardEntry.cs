using BankHire.Analysis.Features;

namespace BankHire.Analysis.ModelCards;

public enum MeasureRelease
{
    /// <summary>Measured well enough to count in a score.</summary>
    Released,
    /// <summary>Computed but kept out of scores: its measured accuracy is under the bar the product states.</summary>
    Withheld,
    /// <summary>A service the bank runs (its speech engine): BankHire did not measure it; the bank answers for it.</summary>
    External,
}

/// <summary>One measured figure: what, under which condition, the value (0–1 unless <see cref="Unit"/> says otherwise).</summary>
public sealed record AccuracyFigure(string Measure, string Condition, double Value, string Unit = "ratio");

/// <summary>
/// One analyser as the product publishes it: the model and where it comes from (package, version, licence, SHA-256),
/// the features it produces, what they mean, how accurate it was on which labelled set, its known limits, and whether
/// its output may count in a score.
/// </summary>
public sealed record ModelCardEntry(
    string Key,
    string NameZh,
    string NameEn,
    FeatureKind Kind,
    IReadOnlyList<string> Features,
    string Model,
    string Source,
    string Licence,
    string? Sha256,
    string AnalyserVersion,
    string Measures,
    string LabelledSet,
    IReadOnlyList<AccuracyFigure> Accuracy,
    IReadOnlyList<string> Limits,
    MeasureRelease Release,
    string? ReleaseNote = null);
