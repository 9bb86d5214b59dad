using System.Collections.Immutable;

namespace BankHire.Employees;

/// <summary>
/// What the hire scored when hired, kept on the employee so later outcomes can be set against it (predictive validity):
/// the rubric version they were hired under, the resume screening, the AI interview overall and per competency (0–100).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.HireScores")]
public sealed record HireScores(
    int RubricVersion,
    double? ScreeningScore,
    double? InterviewOverall,
    ImmutableDictionary<string, double> Competencies,
    Guid? InterviewId);
