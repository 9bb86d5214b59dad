namespace BankHire.Privacy;

/// <summary>
/// A personal-information impact assessment (PIPL Art. 55–56, 个人信息保护影响评估) of one job's automated assessment: why
/// the processing is done, why it is necessary, its risks to the candidates and the measures taken, who reviewed it and when.
/// Recorded by HR before a job whose pack requires it analyses faces; kept for three years (Art. 56).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.ImpactAssessment")]
public sealed record ImpactAssessment(
    string Purpose,
    string Necessity,
    string Risks,
    string Measures,
    string Reviewer,
    DateOnly AssessedOn,
    string RecordedBy,
    DateTimeOffset RecordedAt);
