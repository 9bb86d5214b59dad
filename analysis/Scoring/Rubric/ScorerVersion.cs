namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// The version of the scoring code, written into every report next to the rubric and analyser versions. Bump it
/// whenever the same features and rubric could give a different report: curves, redistribution, rounding, notes,
/// explanation wording or the JSON form.
/// </summary>
public static class ScorerVersion
{
    public const string Current = "rubric-scorer/1.1.0";
}
