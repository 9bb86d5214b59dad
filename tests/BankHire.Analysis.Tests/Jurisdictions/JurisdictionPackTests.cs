using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Explanations;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Validation;
using BankHire.Analysis.Tests.Scoring;

namespace BankHire.Analysis.Tests.Jurisdictions;

/// <summary>Each job's jurisdiction pack decides the cues scored and what the candidate is told and may ask for.</summary>
public sealed class JurisdictionPackTests
{
    private static IReadOnlyList<FeatureValue> Features() =>
    [
        FeatureValue.Of("smile_ratio", 0.2, "vision/test"),
        FeatureValue.Of("polite_phrase_rate", 0.9, "text/test"),
        FeatureValue.Of("pause_ratio", 0.2, "audio/test"),
        FeatureValue.Of("expected_point_coverage", 0.8, "text/test"),
    ];

    private static ScoreReport Score(string? jurisdiction)
    {
        var model = TestModels.Valid() with { Policy = TestModels.Valid().Policy with { Jurisdiction = jurisdiction } };
        return RubricScorer.Score(model, 3, [.. Features()], ScoringContext.AllConsents);
    }

    private static IndicatorScore Smile(ScoreReport report) => report.Competencies.SelectMany(c => c.Indicators).Single(i => i.Feature == "smile_ratio");

    [Fact]
    public void In_the_EU_the_smile_cue_is_not_scored_and_the_explanation_says_the_jurisdiction_forbids_it()
    {
        var eu = Score("EU");
        Assert.Equal((IndicatorStatus.Excluded, IndicatorReason.JurisdictionForbids), (Smile(eu).Status, Smile(eu).Reason));
        Assert.Contains(eu.Notes, n => n.Code == NoteCode.CuesExcludedByJurisdiction && n.Features.SequenceEqual(["smile_ratio"]));
        var explanations = ScoreExplanations.For(eu);
        Assert.Contains(explanations.HrEn.Lines, l => l.Contains("jurisdiction forbid inferring emotion or affect", StringComparison.Ordinal));
        Assert.Contains(explanations.CandidateZh.Lines, l => l.Contains("未使用微笑等表情指标", StringComparison.Ordinal));
        // Its weight went to the competency's other indicator, so the same answers score differently than in China.
        var cn = Score("CN");
        Assert.Equal(IndicatorStatus.Scored, Smile(cn).Status);
        Assert.NotEqual(cn.OverallScore, eu.OverallScore);
    }

    [Fact]
    public void Each_pack_carries_its_rules()
    {
        Assert.True(JurisdictionPack.China.SeparateBiometricConsent && JurisdictionPack.China.ImpactAssessmentRequired && JurisdictionPack.China.ExplanationAndHumanReviewOnRequest);
        Assert.True(JurisdictionPack.EuropeanUnion.HumanDecidesEveryOutcome);
        Assert.Equal(30, JurisdictionPack.Illinois.DeletionDaysAfterRequest);
        Assert.True(JurisdictionPack.Illinois.SeparateBiometricConsent);
        Assert.True(JurisdictionPack.NewYorkCity.AlternativeProcessOnRequest);
        Assert.All(JurisdictionPack.All, p => Assert.Equal(p.NoticeZh.Count, p.NoticeEn.Count));
        Assert.Empty(JurisdictionPack.All.Where(p => p != JurisdictionPack.EuropeanUnion).SelectMany(p => p.CuesOff));
    }

    [Fact]
    public void New_York_notice_comes_ten_business_days_before_the_tool_is_used()
    {
        var friday = new DateTimeOffset(2028, 1, 7, 9, 0, 0, TimeSpan.FromHours(-5));
        Assert.Equal(DayOfWeek.Friday, friday.DayOfWeek);
        // Ten business days after a Friday: two whole weeks later, on the Friday.
        Assert.Equal(friday.AddDays(14), JurisdictionPack.NewYorkCity.EarliestUse(friday));
        Assert.Equal(friday, JurisdictionPack.China.EarliestUse(friday));
    }

    [Fact]
    public void A_job_may_name_only_a_known_jurisdiction()
    {
        var model = TestModels.Valid() with { Policy = TestModels.Valid().Policy with { Jurisdiction = "MARS" } };
        var problems = CompetencyModelValidator.Validate(model);
        Assert.Contains(problems, p => p.Path == "policy.jurisdiction");
    }
}
