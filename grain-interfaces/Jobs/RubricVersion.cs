namespace BankHire.Jobs;

/// <summary>
/// One immutable version of a job's competency model, as canonical JSON
/// (BankHire.Analysis.Scoring.Model.CompetencyModel). Scores keep the version they used.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.RubricVersion")]
public sealed record RubricVersion(int Version, string ModelJson, DateTimeOffset CreatedAt, string Author, string? ChangeNote);
