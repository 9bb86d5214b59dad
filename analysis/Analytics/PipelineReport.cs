namespace BankHire.Analysis.Analytics;

/// <summary>Funnel, drop-off, time per stage, time to hire, AI suggestion against outcome and score
/// distributions for one set of candidates (a job, or all jobs).</summary>
public sealed record PipelineReport(
    int Candidates,
    IReadOnlyList<FunnelStep> Funnel,
    IReadOnlyList<DropOff> DropOffs,
    IReadOnlyList<StageTime> TimeInStage,
    DurationSummary TimeToHire,
    AiOutcome AiVersusOutcome,
    int LeftAfterBooking,
    ScoreDistribution ScreeningScores,
    ScoreDistribution InterviewScores);

/// <param name="Reached">Candidates who reached this stage or a later one on the main path.</param>
/// <param name="Current">Candidates in this stage now.</param>
/// <param name="ConversionFromPrevious">Reached here ÷ reached at the previous step (null for the first or when none reached it).</param>
public sealed record FunnelStep(string Stage, int Reached, int Current, double? ConversionFromPrevious);

/// <summary>Candidates whose last main-path stage was <paramref name="Stage"/> when they were rejected or withdrew.</summary>
public sealed record DropOff(string Stage, int Rejected, int Withdrawn);

public sealed record StageTime(string Stage, DurationSummary Duration);

/// <summary>Does the AI's suggestion agree with what happened? Rates are of candidates with a final outcome.</summary>
/// <param name="AiPassed">Completed AI interviews suggested for priority hire or a second round.</param>
/// <param name="AiPassRate">AiPassed ÷ candidates with a suggestion.</param>
/// <param name="HireRateOfAiPassed">Hired ÷ decided (hired, rejected, withdrawn) among AI-passed.</param>
/// <param name="HireRateOfAiRejected">The same among those the AI suggested to reject.</param>
/// <param name="HrDecided">Candidates with a suggestion on which HR recorded a decision.</param>
/// <param name="HrPassRate">HR decisions for priority hire or a second round ÷ HrDecided.</param>
/// <param name="Overridden">HR decisions that differ from the AI's suggestion.</param>
/// <param name="AgreementRate">HR decisions equal to the AI's suggestion ÷ HrDecided.</param>
/// <param name="FinalHireRate">Hired ÷ decided (hired, rejected, withdrawn) among all with a suggestion: what AiPassRate is set against.</param>
public sealed record AiOutcome(
    int WithSuggestion, int AiPassed, double? AiPassRate, double? HireRateOfAiPassed, double? HireRateOfAiRejected,
    int HrDecided, double? HrPassRate, int Overridden, double? AgreementRate, double? FinalHireRate, int AskedForHumanReview = 0);

/// <summary>Ten buckets of width 10 over 0–100 (the last includes 100), with count and mean.</summary>
public sealed record ScoreDistribution(IReadOnlyList<int> Buckets, int Count, double? Mean);
