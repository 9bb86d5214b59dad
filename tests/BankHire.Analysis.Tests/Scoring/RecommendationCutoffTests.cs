using System.Text.RegularExpressions;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Scoring.Validation;

namespace BankHire.Analysis.Tests.Scoring;

public sealed partial class RecommendationCutoffTests
{
    [GeneratedRegex("\"(priorityHireCutoff|secondRoundCutoff)\": [0-9.]+,\\s*")]
    private static partial Regex CutoffMember();

    private static string TellerJsonWithoutCutoffs()
    {
        var json = CutoffMember().Replace(JobTemplates.LoadJson(JobTemplates.Teller), "");
        Assert.DoesNotContain("Cutoff", json);
        return json;
    }

    [Fact]
    public void A_model_document_without_cutoffs_gets_the_defaults()
    {
        var model = CompetencyModelJson.Deserialize(TellerJsonWithoutCutoffs());

        Assert.Equal((80.0, 60.0), (model.Policy.PriorityHireCutoff, model.Policy.SecondRoundCutoff));
        Assert.Equal((ScoringPolicy.DefaultPriorityHireCutoff, ScoringPolicy.DefaultSecondRoundCutoff), (model.Policy.PriorityHireCutoff, model.Policy.SecondRoundCutoff));
        Assert.Empty(CompetencyModelValidator.Validate(model));
    }

    [Fact]
    public void Whether_faces_may_be_used_has_no_default()
    {
        var json = JobTemplates.LoadJson(JobTemplates.Teller).Replace("\"facialIndicatorsAllowed\": true,", "");

        var e = Assert.Throws<CompetencyModelFormatException>(() => CompetencyModelJson.Deserialize(json));
        Assert.Contains("facialIndicatorsAllowed", e.Message);
    }

    [Theory]
    [InlineData(99, 97, Recommendation.Reject)]
    [InlineData(99, 70, Recommendation.SecondRound)]
    [InlineData(85, 50, Recommendation.PriorityHire)]
    public void Each_job_decides_with_its_own_cutoffs(double priorityHire, double secondRound, Recommendation expected)
    {
        var json = JobTemplates.LoadJson(JobTemplates.Teller)
            .Replace("\"priorityHireCutoff\": 80", $"\"priorityHireCutoff\": {priorityHire}")
            .Replace("\"secondRoundCutoff\": 60", $"\"secondRoundCutoff\": {secondRound}");
        var scorer = new RubricScorer(CompetencyModelJson.Deserialize(json), 1);

        var report = scorer.Score(JobTemplateFeatures.Typical(), ScoringContext.AllConsents);

        Assert.InRange(report.OverallScore!.Value, 85, 97);
        Assert.Equal(expected, report.Recommendation);
        Assert.Equal((priorityHire, secondRound), (report.PriorityHireCutoff, report.SecondRoundCutoff));
    }

    [Fact]
    public void The_risk_analyst_template_asks_more_for_a_second_round_than_the_default()
    {
        Assert.Equal(65, JobTemplates.Load(JobTemplates.RiskAnalyst).Policy.SecondRoundCutoff);
    }
}
