using BankHire.Analysis.Resumes.Ranking;
using BankHire.Analysis.Scoring.Model;
using BenchmarkDotNet.Attributes;

namespace BankHire.Benchmarks.Resumes;

/// <summary>Ranking 100,000 screened candidates of one job: the full ordering and HR's top 100 with a filter.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class RankingBenchmarks
{
    private const int Candidates = 100_000;
    private List<RankingEntry> entries = [];
    private readonly RankingFilter filter = new(MinScore: 40, MinDegree: DegreeLevel.Bachelor);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        entries = Enumerable.Range(0, Candidates).Select(i => new RankingEntry(
            $"cand-{i:D6}", Math.Round(random.NextDouble() * 100, 1), random.Next(10) == 0, (DegreeLevel)random.Next(1, 4),
            Math.Round(random.NextDouble() * 8, 2), random.Next(3) == 0 ? ["银行从业资格"] : [], random.Next(2) == 0 ? random.Next(40, 100) : null)).ToList();
    }

    [Benchmark(OperationsPerInvoke = Candidates)]
    public int RankAll() => CandidateRanker.Rank(entries, RankingFilter.Default).Count;

    [Benchmark(OperationsPerInvoke = Candidates)]
    public int Top100Filtered() => CandidateRanker.Rank(entries, filter, top: 100).Count;
}
