namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// Binds a catalogue feature to a target and a scoring curve. Reaching the target scores 1; the score
/// falls linearly to 0 at <see cref="Tolerance"/> beyond it on the wrong side (for <see cref="IndicatorDirection.Within"/>,
/// outside [Target, UpperTarget]). <see cref="Weight"/> is relative within the competency.
/// </summary>
public sealed record Indicator(
    string Feature,
    IndicatorDirection Direction,
    double Target,
    double Weight,
    double Tolerance,
    double? UpperTarget = null,
    bool HiddenFromCandidate = false);

public enum IndicatorDirection { AtLeast, AtMost, Within }
