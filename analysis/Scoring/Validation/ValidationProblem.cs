namespace BankHire.Analysis.Scoring.Validation;

/// <summary>
/// One thing wrong with a competency model. <see cref="Path"/> follows the JSON member names
/// (e.g. <c>competencies[2].indicators[0].feature</c>) so an editor can highlight the field.
/// </summary>
public sealed record ValidationProblem(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
