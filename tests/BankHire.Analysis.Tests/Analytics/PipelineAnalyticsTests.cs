using BankHire.Analysis.Analytics;

namespace BankHire.Analysis.Tests.Analytics;

public sealed class PipelineAnalyticsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A candidate created at T0 who moved through <paramref name="path"/>, one stage every <paramref name="hoursEach"/> hours.</summary>
    internal static PipelineRecord Walk(double hoursEach, params string[] path)
    {
        var moves = path.Zip(path.Skip(1), (from, to) => (from, to))
            .Select((m, i) => new StageMove(m.from, m.to, T0.AddHours(hoursEach * (i + 1))))
            .ToArray();
        return new PipelineRecord(Guid.NewGuid(), T0, path[^1], moves);
    }

    [Fact]
    public void Funnel_counts_everyone_who_reached_a_stage_or_went_further()
    {
        var records = new[]
        {
            Walk(24, "Screened", "Invited", "Booked", "Interviewing", "Completed", "Offer", "Hired"),
            Walk(24, "Screened", "Invited", "Booked"),
            Walk(24, "Screened", "Invited", "Withdrawn"),
            Walk(24, "Screened"),
        };

        var funnel = PipelineAnalytics.Compute(records).Funnel.ToDictionary(f => f.Stage);

        Assert.Equal(4, funnel["Applied"].Reached);
        Assert.Equal(4, funnel["Screened"].Reached);
        Assert.Equal(3, funnel["Invited"].Reached);
        Assert.Equal(0.75, funnel["Invited"].ConversionFromPrevious);
        Assert.Equal(2, funnel["Booked"].Reached);
        Assert.Equal(1, funnel["Booked"].Current);
        Assert.Equal(1, funnel["SecondRound"].Reached); // skipped on the way to the offer, still passed
        Assert.Equal(1, funnel["Hired"].Reached);
        Assert.Equal(1, funnel["Screened"].Current);
    }

    [Fact]
    public void Drop_off_is_charged_to_the_stage_the_candidate_left_from()
    {
        var records = new[]
        {
            Walk(1, "Screened", "Invited", "Withdrawn"),
            Walk(1, "Screened", "Invited", "Withdrawn"),
            Walk(1, "Screened", "Invited", "Booked", "Interviewing", "Completed", "Rejected"),
            Walk(1, "Screened", "Rejected"),
        };

        var dropOffs = PipelineAnalytics.Compute(records).DropOffs.ToDictionary(d => d.Stage);

        Assert.Equal(new DropOff("Invited", 0, 2), dropOffs["Invited"]);
        Assert.Equal(new DropOff("Completed", 1, 0), dropOffs["Completed"]);
        Assert.Equal(new DropOff("Screened", 1, 0), dropOffs["Screened"]);
        Assert.False(dropOffs.ContainsKey("Booked"));
    }

    [Fact]
    public void Time_in_stage_gives_median_and_p90_of_finished_stays_only()
    {
        // Invited lasted 10, 20, 30, 40 and 100 hours; one candidate is still invited and must not count.
        var records = new[] { 10.0, 20, 30, 40, 100 }
            .Select(h => new PipelineRecord(Guid.NewGuid(), T0, "Booked",
                [new StageMove("Invited", "Booked", T0.AddHours(h))]))
            .Append(new PipelineRecord(Guid.NewGuid(), T0, "Invited", []))
            .ToArray();

        var invited = PipelineAnalytics.Compute(records).TimeInStage.Single(t => t.Stage == "Invited").Duration;

        Assert.Equal(5, invited.Count);
        Assert.Equal(30, invited.MedianHours);
        Assert.Equal(76, invited.P90Hours); // 40 + 0.6 × (100 − 40)
    }

    [Fact]
    public void Time_to_hire_runs_from_creation_to_the_hire()
    {
        var records = new[]
        {
            Walk(24, "Screened", "Invited", "Booked", "Interviewing", "Completed", "Offer", "Hired"), // 6 moves: 144 h
            Walk(48, "Screened", "Invited", "Booked", "Interviewing", "Completed", "Offer", "Hired"), // 288 h
            Walk(24, "Screened", "Invited"),
        };

        var report = PipelineAnalytics.Compute(records);

        Assert.Equal(2, report.TimeToHire.Count);
        Assert.Equal(216, report.TimeToHire.MedianHours);
    }

    [Fact]
    public void Ai_suggestion_is_compared_with_the_final_outcome()
    {
        PipelineRecord With(AiSuggestion suggestion, string end) =>
            Walk(1, "Completed", end) with { Suggestion = suggestion, InterviewScore = 70 };
        var records = new[]
        {
            With(AiSuggestion.PriorityHire, "Offer"),              // not decided yet
            With(AiSuggestion.PriorityHire, "Hired") with { Moves = [new StageMove("Completed", "Offer", T0), new StageMove("Offer", "Hired", T0.AddDays(1))] },
            With(AiSuggestion.SecondRound, "Rejected"),
            With(AiSuggestion.Reject, "Rejected"),
            With(AiSuggestion.Reject, "Rejected"),
        };

        var ai = PipelineAnalytics.Compute(records).AiVersusOutcome;

        Assert.Equal(5, ai.WithSuggestion);
        Assert.Equal(3, ai.AiPassed);
        Assert.Equal(0.6, ai.AiPassRate);
        Assert.Equal(0.5, ai.HireRateOfAiPassed);
        Assert.Equal(0, ai.HireRateOfAiRejected);
        Assert.Equal(0.25, ai.FinalHireRate);     // 1 hired of the 4 decided
        Assert.Equal(0, ai.HrDecided);
        Assert.Null(ai.HrPassRate);
    }

    [Fact]
    public void Hr_decisions_are_set_against_the_ai_suggestion()
    {
        PipelineRecord With(AiSuggestion ai, AiSuggestion? hr, string end) =>
            Walk(1, "Completed", end) with { Suggestion = ai, HrDecision = hr, InterviewScore = 70 };
        var records = new[]
        {
            With(AiSuggestion.PriorityHire, AiSuggestion.PriorityHire, "Offer"),
            With(AiSuggestion.SecondRound, AiSuggestion.Reject, "Rejected"),       // HR overrode a pass
            With(AiSuggestion.Reject, AiSuggestion.SecondRound, "SecondRound"),    // and a reject
            With(AiSuggestion.Reject, AiSuggestion.Reject, "Rejected"),
            With(AiSuggestion.Reject, null, "Rejected"),                           // no decision recorded
        };

        var ai = PipelineAnalytics.Compute(records).AiVersusOutcome;

        Assert.Equal(0.4, ai.AiPassRate);
        Assert.Equal(4, ai.HrDecided);
        Assert.Equal(0.5, ai.HrPassRate);
        Assert.Equal(2, ai.Overridden);
        Assert.Equal(0.5, ai.AgreementRate);
        Assert.Equal(0, ai.FinalHireRate);
    }

    [Fact]
    public void Score_distribution_buckets_by_ten_with_100_in_the_last()
    {
        var records = new double?[] { 5, 15, 15, 99.9, 100, null, double.NaN }
            .Select(s => new PipelineRecord(Guid.NewGuid(), T0, "Screened", []) { ScreeningScore = s })
            .ToArray();

        var distribution = PipelineAnalytics.Compute(records).ScreeningScores;

        Assert.Equal([1, 2, 0, 0, 0, 0, 0, 0, 0, 2], distribution.Buckets);
        Assert.Equal(5, distribution.Count);
        Assert.Equal(46.98, distribution.Mean);
    }

    [Fact]
    public void Leaving_after_booking_counts_no_shows_and_cancellations()
    {
        var records = new[]
        {
            Walk(1, "Invited", "Booked", "Invited", "Booked", "Interviewing"),
            Walk(1, "Invited", "Booked", "Withdrawn"),
            Walk(1, "Invited", "Booked", "Interviewing"),
        };

        Assert.Equal(2, PipelineAnalytics.Compute(records).LeftAfterBooking);
    }

    [Fact]
    public void An_empty_job_reports_zeros_and_no_rates()
    {
        var report = PipelineAnalytics.Compute([]);

        Assert.All(report.Funnel, f => Assert.Equal(0, f.Reached));
        Assert.All(report.Funnel, f => Assert.Null(f.ConversionFromPrevious));
        Assert.Null(report.TimeToHire.MedianHours);
        Assert.Null(report.AiVersusOutcome.AiPassRate);
    }

    [Fact]
    public void A_move_to_the_same_stage_starts_no_new_stay()
    {
        var record = new PipelineRecord(Guid.NewGuid(), T0, "Screened",
            [new StageMove("Applied", "Applied", T0), new StageMove("Applied", "Screened", T0.AddHours(5))]);

        var applied = PipelineAnalytics.Compute([record]).TimeInStage.Single(t => t.Stage == "Applied").Duration;

        Assert.Equal(1, applied.Count);
        Assert.Equal(5, applied.MedianHours);
    }
}
