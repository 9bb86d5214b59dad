namespace BankHire.Analysis.Analytics;

/// <summary>
/// One candidate's way through the hiring pipeline, as analytics needs it: when they entered, every stage move,
/// the scores and AI suggestion they got, and HR's decision on that suggestion (on the same three steps).
/// <see cref="AiAskedForReview"/>: their latest AI report gave no verdict and asked for a person (需人工复核).
/// Stage names are those of the pipeline (Applied … Withdrawn).
/// </summary>
public sealed record PipelineRecord(
    Guid CandidateId,
    DateTimeOffset CreatedAt,
    string CurrentStage,
    IReadOnlyList<StageMove> Moves,
    double? ScreeningScore = null,
    double? InterviewScore = null,
    AiSuggestion? Suggestion = null,
    AiSuggestion? HrDecision = null,
    bool AiAskedForReview = false);

/// <summary>A move from one stage to another at a time.</summary>
public sealed record StageMove(string From, string To, DateTimeOffset At);

/// <summary>The AI report's suggestion: 优先录用 priority hire, 建议复试 second round, 淘汰 reject.</summary>
public enum AiSuggestion { PriorityHire, SecondRound, Reject }
