namespace BankHire.Analysis.Analytics;

/// <summary>Computes a <see cref="PipelineReport"/> from candidates' stage histories. Pure and deterministic.</summary>
public static class PipelineAnalytics
{
    public static PipelineReport Compute(IReadOnlyCollection<PipelineRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new PipelineReport(
            records.Count,
            Funnel(records),
            DropOffs(records),
            TimeInStage(records),
            DurationSummary.Of(records.Select(TimeToHire).OfType<TimeSpan>()),
            AiVersusOutcome(records),
            records.Sum(r => r.Moves.Count(m => m.From == "Booked" && m.To is "Invited" or "Rejected" or "Withdrawn")),
            Distribution(records.Select(r => r.ScreeningScore)),
            Distribution(records.Select(r => r.InterviewScore)));
    }

    /// <summary>The stages a candidate stayed in, in order, with when each stay began.</summary>
    public static IReadOnlyList<(string Stage, DateTimeOffset Since)> Stays(PipelineRecord record)
    {
        var stays = new List<(string, DateTimeOffset)> { (record.Moves.Count > 0 ? record.Moves[0].From : record.CurrentStage, record.CreatedAt) };
        // A move to the same stage (the "created" entry of a history) starts no new stay.
        stays.AddRange(record.Moves.Where(m => m.From != m.To).Select(m => (m.To, m.At)));
        return stays;
    }

    private static IReadOnlyList<FunnelStep> Funnel(IReadOnlyCollection<PipelineRecord> records)
    {
        var furthest = records.Select(r => Stays(r).Max(s => PipelineStages.Rank(s.Stage))).ToArray();
        var steps = new List<FunnelStep>();
        int? previous = null;
        for (var rank = 0; rank < PipelineStages.MainPath.Count; rank++)
        {
            var stage = PipelineStages.MainPath[rank];
            var reached = furthest.Count(f => f >= rank);
            double? conversion = previous is > 0 ? Math.Round((double)reached / previous.Value, 4) : null;
            steps.Add(new FunnelStep(stage, reached, records.Count(r => r.CurrentStage == stage), conversion));
            previous = reached;
        }
        return steps;
    }

    private static IReadOnlyList<DropOff> DropOffs(IReadOnlyCollection<PipelineRecord> records)
    {
        var exits = records
            .Where(r => PipelineStages.IsExit(r.CurrentStage))
            .Select(r => (From: r.Moves.Count > 0 ? r.Moves[^1].From : "Applied", Exit: r.CurrentStage))
            .ToArray();
        return PipelineStages.MainPath
            .Select(stage => new DropOff(stage, exits.Count(e => e.From == stage && e.Exit == "Rejected"), exits.Count(e => e.From == stage && e.Exit == "Withdrawn")))
            .Where(d => d.Rejected + d.Withdrawn > 0)
            .ToArray();
    }

    /// <summary>Only finished stays count: a candidate still in a stage has not yet shown how long it takes.</summary>
    private static IReadOnlyList<StageTime> TimeInStage(IReadOnlyCollection<PipelineRecord> records)
    {
        var finished = records
            .SelectMany(r =>
            {
                var stays = Stays(r);
                return stays.Zip(stays.Skip(1), (stay, next) => (stay.Stage, Duration: next.Since - stay.Since));
            })
            .ToArray();
        return PipelineStages.MainPath
            .Where(stage => stage != "Hired")
            .Select(stage => new StageTime(stage, DurationSummary.Of(finished.Where(f => f.Stage == stage).Select(f => f.Duration))))
            .ToArray();
    }

    private static TimeSpan? TimeToHire(PipelineRecord record) =>
        record.Moves.FirstOrDefault(m => m.To == "Hired") is { } hired ? hired.At - record.CreatedAt : null;

    private static AiOutcome AiVersusOutcome(IReadOnlyCollection<PipelineRecord> records)
    {
        var suggested = records.Where(r => r.Suggestion is not null).ToArray();
        var passed = suggested.Where(r => r.Suggestion is AiSuggestion.PriorityHire or AiSuggestion.SecondRound).ToArray();
        var rejected = suggested.Where(r => r.Suggestion is AiSuggestion.Reject).ToArray();
        var decided = suggested.Where(r => r.HrDecision is not null).ToArray();
        var agreed = decided.Count(r => r.HrDecision == r.Suggestion);
        return new AiOutcome(
            suggested.Length,
            passed.Length,
            Rate(passed.Length, suggested.Length),
            HireRate(passed),
            HireRate(rejected),
            decided.Length,
            Rate(decided.Count(r => r.HrDecision is AiSuggestion.PriorityHire or AiSuggestion.SecondRound), decided.Length),
            decided.Length - agreed,
            Rate(agreed, decided.Length),
            HireRate(suggested),
            records.Count(r => r.AiAskedForReview));
    }

    private static double? HireRate(IReadOnlyCollection<PipelineRecord> group)
    {
        var decided = group.Where(r => r.CurrentStage is "Hired" or "Rejected" or "Withdrawn").ToArray();
        return Rate(decided.Count(r => r.CurrentStage == "Hired"), decided.Length);
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static ScoreDistribution Distribution(IEnumerable<double?> scores)
    {
        var values = scores.OfType<double>().Where(double.IsFinite).ToArray();
        var buckets = new int[10];
        foreach (var value in values) buckets[Math.Clamp((int)Math.Floor(value / 10), 0, 9)]++;
        return new ScoreDistribution(buckets, values.Length, values.Length == 0 ? null : Math.Round(values.Average(), 2));
    }
}
