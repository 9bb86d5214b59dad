using BankHire.SecondRound;

namespace BankHire.Web.SecondRound;

public sealed record SecondRoundAssignment(IReadOnlyList<string> Interviewers, DateTimeOffset? ScheduledAt = null);

public sealed record RatingInput(string CompetencyKey, double Score);

public sealed record ScorecardInput(IReadOnlyList<RatingInput> Ratings, ScorecardVerdict Verdict, string? Comment = null, string? Interviewer = null);
