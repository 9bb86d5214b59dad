using System.Security.Cryptography;
using System.Text;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Resumes;
using BankHire.TalentPool;
using BankHire.Web.Problems;

namespace BankHire.Web.TalentPool;

/// <summary>
/// Screens a pool candidate's stored resume against another job's current competency model and registers them there,
/// linked to their original record. Every step is idempotent and the new candidate's id is derived from (original,
/// job), so a repeated or retried re-match lands on the same candidate and never makes a second one.
/// </summary>
public static class TalentRematcher
{
    public static async Task<RematchResult> RematchAsync(IGrainFactory grains, Guid candidateId, string jobId, string actor)
    {
        var source = await grains.GetGrain<ICandidateGrain>(candidateId).GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {candidateId}", "candidateId");
        var job = await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() ?? throw new JobNotFoundException(jobId);
        var originalId = source.Application.OriginalCandidateId ?? source.Id;
        var original = originalId == source.Id ? source
            : await grains.GetGrain<ICandidateGrain>(originalId).GetAsync() ?? throw ApiProblemException.NotFound($"Original candidate {originalId}", "candidateId");
        if (!original.Application.Source.StartsWith(TalentRecords.ResumeSourcePrefix, StringComparison.Ordinal))
            throw new ApiProblemException(409, "No stored resume",
                $"Candidate {originalId} was not imported from a resume, so there is nothing to screen against job '{jobId}'.", "candidateId");
        if (original.Application.JobId == jobId)
            throw ApiProblemException.Invalid("jobId", $"Candidate {originalId} applied to job '{jobId}' already: choose another job.");

        var resume = await grains.GetGrain<IResumePoolGrain>(original.Application.JobId).ResumeOfAsync(originalId)
            ?? throw new ApiProblemException(409, "No stored resume", $"The resume pool of job '{original.Application.JobId}' holds no resume of candidate {originalId}.", "candidateId");
        var application = original.Application with { JobId = job.Id, Source = $"rematch:{originalId}", OriginalCandidateId = originalId };
        var pool = grains.GetGrain<IResumePoolGrain>(job.Id);
        var adopted = await pool.AdoptAsync(IdFor(originalId, job.Id), application, resume, actor);
        // The pool hears of the new candidate one-way; read them now so the caller's next search already shows them.
        await grains.GetGrain<ITalentPoolGrain>(ITalentPoolGrain.Key).RefreshAsync(adopted.CandidateId);
        var ranking = await pool.RankAsync(new RankingQuery(IncludeKnockedOut: true));
        return new RematchResult(
            adopted.CandidateId, job.Id, originalId, adopted.Created, adopted.AlreadyInJob, adopted.Score, adopted.KnockedOut,
            ranking.FirstOrDefault(r => r.CandidateId == adopted.CandidateId)?.Rank, adopted.RubricVersion, adopted.SummaryZh, adopted.SummaryEn);
    }

    /// <summary>The re-matched candidate's id: the same for the same person and job, whoever asks and however often.</summary>
    public static Guid IdFor(Guid originalId, string jobId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"rematch/{originalId:N}/{jobId}")).AsSpan(0, 16));
}
