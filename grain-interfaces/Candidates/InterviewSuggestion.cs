namespace BankHire.Candidates;

/// <summary>
/// The AI interview report's suggestion as kept on the candidate: the verdict, the overall score and the job's cut-offs
/// that gave it, who made it (<paramref name="Actor"/> names the rubric version) and when, and why in both languages.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewSuggestion")]
public sealed record InterviewSuggestion(
    HiringVerdict Verdict,
    Guid InterviewId,
    int RubricVersion,
    double OverallScore,
    double PriorityHireCutoff,
    double SecondRoundCutoff,
    string Actor,
    DateTimeOffset At,
    string ReasonZh,
    string ReasonEn);
