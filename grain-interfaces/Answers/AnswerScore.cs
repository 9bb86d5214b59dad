namespace BankHire.Answers;

/// <summary>
/// One answer analysed: the analysis as JSON (BankHire.Analysis.Interview.AnswerAnalysis, from which the interview
/// is scored again byte for byte), where and how it was made.
/// </summary>
/// <param name="Silo">The silo that ran the analysis (scoring spreads over the cluster).</param>
/// <param name="FramesFromStore">Frames the stream had not delivered to the vision scorer, read from the store at finish.</param>
[GenerateSerializer, Immutable, Alias("bankhire.AnswerScore")]
public sealed record AnswerScore(
    AnswerScoringRequest Request,
    string AnalysisJson,
    string Silo,
    int FramesFromStream,
    int FramesFromStore,
    double AnalysisSeconds,
    DateTimeOffset ScoredAt);
