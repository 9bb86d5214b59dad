using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>The teller template scores a recorded interview and explains it indicator by indicator.</summary>
[Collection(InterviewCollection.Name)]
public sealed class TellerScoringTests(InterviewFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_teller_template_scores_the_recorded_interview_and_names_each_indicator()
    {
        var score = await fixture.TellerInterview().AnalyseAsync(TellerAnswers.Recorded(fixture), ScoringContext.AllConsents);
        var hr = score.Document.Explanations.HrEn.Text;
        output.WriteLine(hr);
        output.WriteLine(score.Document.Explanations.HrZh.Text);

        Assert.NotEqual(Recommendation.NotScorable, score.Report.Recommendation);
        Assert.InRange(score.Report.OverallScore!.Value, 0, 100);
        var indicators = score.Report.Competencies.SelectMany(c => c.Indicators).ToList();
        foreach (var scored in new[] { "eye_contact_ratio", "extra_face_ratio", "speech_rate_sps", "pause_ratio", "longest_silence_s", "expected_point_coverage", "relevance_score" })
            Assert.Contains(indicators, i => i.Feature == scored && i.Status == IndicatorStatus.Scored);
        foreach (var label in new[] { "eye contact ratio", "speech rate", "pause ratio", "longest silence", "expected-point coverage", "relevance" })
            Assert.Contains(label, hr);
        Assert.Contains("微笑比例", score.Document.Explanations.HrZh.Text);

        // Each question's coverage counts for its own competency: q1 for service, q2 for compliance.
        Assert.Equal("expected_point_coverage@service_orientation", indicators.First(i => i.Feature == "expected_point_coverage").Source);
        Assert.Contains(score.Report.AnalyserVersions, v => v.AnalyserVersion.StartsWith("vision/blazeface", StringComparison.Ordinal));
        Assert.Contains(score.Report.AnalyserVersions, v => v.AnalyserVersion.StartsWith("audio/silero", StringComparison.Ordinal));
        Assert.Contains(score.Report.AnalyserVersions, v => v.AnalyserVersion == "text/v1");
    }

    [Fact]
    public async Task Scoring_the_same_recordings_twice_gives_identical_report_bytes()
    {
        var interview = fixture.TellerInterview();
        var first = await interview.AnalyseAsync(TellerAnswers.Recorded(fixture), ScoringContext.AllConsents);
        var second = await fixture.TellerInterview().AnalyseAsync(TellerAnswers.Recorded(fixture), ScoringContext.AllConsents);

        Assert.Equal(first.Json, second.Json);
        Assert.Equal(first.Json, ScoreReportJson.Serialize(ScoreReportJson.Deserialize(first.Json)));
        // The interview-level features alone reproduce the report: what the scoring grain stores is enough.
        Assert.Equal(first.Json, interview.Score(first.Answers, ScoringContext.AllConsents).Json);
        Assert.All(first.Features, f => Assert.True(f.HasValue || f.NoDataReason is not null, f.Name));
        Assert.DoesNotContain(first.Features, f => FeatureCatalogue.TryGet(f.Name, out var d) && d.Kind == FeatureKind.Resume);
    }
}
