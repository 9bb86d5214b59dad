using System.Collections.Immutable;
using BankHire.Candidates;

namespace BankHire.TalentPool;

/// <summary>
/// What the pool keeps of one candidate (one person's application to one job): enough to search, rank and show them
/// without reading the candidate again. <paramref name="PersonId"/> is the record a re-matched candidate came from
/// (the candidate's own id otherwise), so one person's applications to several jobs are shown together.
/// </summary>
/// <param name="HasResume">The person's resume is kept by a job's resume pool, so they can be re-matched to another job.</param>
[GenerateSerializer, Immutable, Alias("bankhire.TalentRecord")]
public sealed record TalentRecord(
    Guid CandidateId,
    Guid PersonId,
    string Name,
    string JobId,
    CandidateStage Stage,
    DateTimeOffset CreatedAt,
    double? ScreeningScore,
    bool KnockedOut,
    Guid? InterviewId,
    DateTimeOffset? InterviewScoredAt,
    double? InterviewScore,
    HiringVerdict? Suggestion,
    HiringVerdict? Decision,
    ImmutableArray<TalentCompetency> Competencies,
    ImmutableArray<string> Skills,
    bool HasResume)
{
    /// <summary>What ranks the candidate within the job: the AI interview's overall score, or the screening score before an interview.</summary>
    public double? RankingScore => InterviewScore ?? ScreeningScore;
}
