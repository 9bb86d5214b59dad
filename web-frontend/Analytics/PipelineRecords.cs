using BankHire.Analysis.Analytics;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Candidates;
using BankHire.Indexes;

namespace BankHire.Web.Analytics;

/// <summary>Reads a job's candidates from their grains as analytics records (with the name HR knows them by).</summary>
public sealed class PipelineRecords(IGrainFactory grains)
{
    public async Task<IReadOnlyList<PipelineExport.Row>> ForJobAsync(string jobId)
    {
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync();
        var rows = await Task.WhenAll(ids.Select(id => RowAsync(Guid.Parse(id))));
        return rows.OfType<PipelineExport.Row>().OrderBy(r => r.Record.CreatedAt).ThenBy(r => r.Record.CandidateId).ToArray();
    }

    public async Task<IReadOnlyList<string>> JobIdsAsync() =>
        await grains.GetGrain<IIndexGrain>(IndexKeys.Jobs).ListAsync();

    private static AiSuggestion Step(HiringVerdict verdict) => verdict switch
    {
        HiringVerdict.PriorityHire => AiSuggestion.PriorityHire,
        HiringVerdict.SecondRound => AiSuggestion.SecondRound,
        _ => AiSuggestion.Reject,
    };

    private async Task<PipelineExport.Row?> RowAsync(Guid candidateId)
    {
        var grain = grains.GetGrain<ICandidateGrain>(candidateId);
        var candidate = await grain.GetAsync();
        if (candidate is null) return null;
        var screening = await grain.GetScreeningAsync();
        var interview = (await grain.GetInterviewReportsAsync()).LastOrDefault();
        var record = new PipelineRecord(
            candidate.Id,
            candidate.CreatedAt,
            candidate.Stage.ToString(),
            candidate.History.Select(h => new StageMove(h.From.ToString(), h.To.ToString(), h.At)).ToArray(),
            screening?.Score,
            interview?.OverallScore,
            // The suggestion kept on the candidate; reports scored before it was kept give theirs directly.
            candidate.Suggestion is { } kept ? Step(kept.Verdict) : Enum.TryParse<AiSuggestion>(interview?.Recommendation, out var suggestion) ? suggestion : null,
            candidate.Decision is { } decision ? Step(decision.Verdict) : null,
            interview?.Recommendation is nameof(Recommendation.NeedsHumanReview) or nameof(Recommendation.NotScorable));
        return new PipelineExport.Row(record, candidate.Application.Contact.FullName);
    }
}
