namespace BankHire.Analysis.Scoring.Validation;

/// <summary>A competency model failed validation where a valid one is required (e.g. building a scorer).</summary>
public sealed class InvalidCompetencyModelException(IReadOnlyList<ValidationProblem> problems)
    : ArgumentException("The competency model is invalid: " + string.Join("; ", problems))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
