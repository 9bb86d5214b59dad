using BankHire.Indexes;
using Microsoft.Extensions.Logging;

namespace BankHire.TalentPool;

/// <summary>
/// The talent pool index. It keeps no state of its own: the candidate grains are the truth, and a second durable copy
/// would add a write to every candidate change (and grow with the bank). On activation it reads every job's candidates;
/// afterwards each change is pushed to it as a one-way notice and the candidate is read again. Notices are handled one
/// at a time, so the last read of a candidate always follows their last change.
/// </summary>
[GrainType("talent-pool")]
public sealed class TalentPoolGrain(ILogger<TalentPoolGrain> logger) : Grain, ITalentPoolGrain
{
    private const int ParallelReads = 64;
    private readonly Dictionary<Guid, TalentRecord> _records = [];
    private HashSet<Guid>? _flagged;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        foreach (var job in await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.Jobs).ListAsync())
        {
            foreach (var id in await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(job)).ListAsync())
                ids.Add(Guid.Parse(id));
        }
        foreach (var batch in ids.Chunk(ParallelReads))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var record in await Task.WhenAll(batch.Select(id => TalentRecords.ReadAsync(GrainFactory, id, null))))
            {
                if (record is not null) _records[record.CandidateId] = record;
            }
        }
        logger.LogInformation("Talent pool built from {Candidates} candidates", _records.Count);
    }

    public async Task CandidateChangedAsync(Guid candidateId)
    {
        try
        {
            await RefreshAsync(candidateId);
        }
        catch (Exception e)
        {
            // Nobody waits for a one-way notice: say what was missed; the next change or activation reads the candidate again.
            logger.LogWarning(e, "Talent pool could not read candidate {Candidate}", candidateId);
        }
    }

    public async ValueTask<TalentRecord?> RefreshAsync(Guid candidateId)
    {
        var record = await TalentRecords.ReadAsync(GrainFactory, candidateId, _records.GetValueOrDefault(candidateId));
        if (record is null) _records.Remove(candidateId);
        else _records[candidateId] = record;
        _flagged = null;
        return record;
    }

    public ValueTask<TalentPoolPage> SearchAsync(TalentQuery query)
    {
        _flagged ??= TalentSearch.Flagged(_records.Values);
        return ValueTask.FromResult(TalentSearch.Run(_records.Values, _flagged, query));
    }
}
