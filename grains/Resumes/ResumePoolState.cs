namespace BankHire.Resumes;

[GenerateSerializer, Alias("bankhire.ResumePoolState")]
public sealed class ResumePoolState
{
    /// <summary>Candidate ids by person, in the order the duplicate registry first met them.</summary>
    [Id(0)] public List<Guid> People { get; set; } = [];

    /// <summary>Every accepted source in arrival order: adding them again rebuilds the same people.</summary>
    [Id(1)] public List<PooledSource> Sources { get; set; } = [];

    [Id(2)] public Dictionary<Guid, RankingFacts> Ranking { get; set; } = [];

    /// <summary>Candidates recorded here whose grain has not yet confirmed its screening; retried before the next import.</summary>
    [Id(3)] public Dictionary<Guid, PendingCandidate> Pending { get; set; } = [];
}
