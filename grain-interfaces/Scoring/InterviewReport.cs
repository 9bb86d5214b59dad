namespace BankHire.Scoring;

/// <summary>The stored report of an interview: the score document JSON (with rubric and analyser versions) and its summary.</summary>
/// <param name="Json">The report document, byte-reproducible from the stored answer analyses.</param>
/// <param name="Silos">Which silo analysed which answer ("questionId@silo").</param>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewReport")]
public sealed record InterviewReport(
    Guid InterviewId,
    string JobId,
    int RubricVersion,
    double? OverallScore,
    string Recommendation,
    string Json,
    System.Collections.Immutable.ImmutableArray<string> Silos,
    DateTimeOffset ScoredAt,
    double SecondsFromCompleteToReady);
