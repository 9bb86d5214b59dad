using BankHire.SecondRound;
using BankHire.Web.Problems;

namespace BankHire.Web.SecondRound;

/// <summary>Who interviews in the second round; whether each may interview is checked against the users by the handler.</summary>
public sealed record SecondRoundAssignment(IReadOnlyList<string> Interviewers, DateTimeOffset? ScheduledAt = null) : IValidatedRequest
{
    public const int MaxInterviewers = 10;

    public void Validate()
    {
        if (Interviewers is not { Count: > 0 and <= MaxInterviewers })
            throw ApiProblemException.Invalid("interviewers", $"Name between 1 and {MaxInterviewers} interviewers.");
        for (var i = 0; i < Interviewers.Count; i++) Require.Text(Interviewers[i], $"interviewers[{i}]", 64);
    }
}

public sealed record RatingInput(string CompetencyKey, double Score);

/// <summary>A scorecard; whether each competency belongs to the job is checked against the job by the handler.</summary>
public sealed record ScorecardInput(IReadOnlyList<RatingInput> Ratings, ScorecardVerdict Verdict, string? Comment = null, string? Interviewer = null)
    : IValidatedRequest
{
    public void Validate()
    {
        if (Ratings is not { Count: > 0 }) throw ApiProblemException.Invalid("ratings", "Rate at least one competency.");
        if (!Enum.IsDefined(Verdict)) throw ApiProblemException.Invalid("verdict", "'verdict' must be PriorityHire, SecondRoundPassed or Reject.");
        for (var i = 0; i < Ratings.Count; i++)
        {
            var r = Ratings[i] ?? throw ApiProblemException.Invalid($"ratings[{i}]", "A rating may not be null.");
            Require.Text(r.CompetencyKey, $"ratings[{i}].competencyKey", 64);
            Require.Range(r.Score, 0, 100, $"ratings[{i}].score");
        }
        if (Ratings.Select(r => r.CompetencyKey.Trim()).Distinct().Count() != Ratings.Count)
            throw ApiProblemException.Invalid("ratings", "Each competency may be rated once.");
        Require.OptionalText(Comment, "comment", 2000);
        Require.OptionalText(Interviewer, "interviewer", 64);
    }
}
