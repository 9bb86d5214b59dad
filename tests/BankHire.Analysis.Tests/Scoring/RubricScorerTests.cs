using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Scoring.Validation;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class RubricScorerTests
{
    private const string Vision = "vision-1.2.0";
    private const string Audio = "audio-2.0.1";
    private const string Text = "text-0.9.3";

    // service (0.6): smile ≥ 0.80 (w 0.4), polite ≥ 0.90 (w 0.6); communication (0.4): pauses ≤ 0.25 (w 0.5), coverage ≥ 0.70 (w 0.5)
    private static List<FeatureValue> Features(double smile = 0.75, double polite = 0.6, double pauses = 0.30, double coverage = 0.70) =>
    [
        FeatureValue.Of("smile_ratio", smile, Vision),
        FeatureValue.Of("polite_phrase_rate", polite, Text),
        FeatureValue.Of("pause_ratio", pauses, Audio),
        FeatureValue.Of("expected_point_coverage", coverage, Text),
    ];

    private static ScoreReport Score(IReadOnlyCollection<FeatureValue> features, ScoringContext? context = null, CompetencyModel? model = null) =>
        RubricScorer.Score(model ?? TestModels.Valid(), 3, features, context ?? ScoringContext.AllConsents);

    private static IndicatorScore Indicator(ScoreReport report, string competency, string feature) =>
        report.Competencies.Single(c => c.Key == competency).Indicators.Single(i => i.Feature == feature);

    [Fact]
    public void Scores_indicators_competencies_and_overall_from_the_curves_and_weights()
    {
        var report = Score(Features());

        var smile = Indicator(report, "service_orientation", "smile_ratio");
        Assert.Equal((IndicatorStatus.Scored, 0.75, 0.875, 0.4, 24.0, 21.0), (smile.Status, smile.Value, smile.Score, smile.EffectiveWeight, smile.MaxPoints, smile.Points));
        Assert.Equal([65.0, 90.0], report.Competencies.Select(c => c.Score!.Value));
        Assert.Equal(75.0, report.OverallScore);
        Assert.Equal(Recommendation.SecondRound, report.Recommendation);
        Assert.Equal(3, report.RubricVersion);
        Assert.Equal("teller", report.JobCode);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void Points_of_all_indicators_add_up_to_the_overall_score()
    {
        var report = Score(JobTemplateFeatures.Typical(), model: JobTemplates.Load(JobTemplates.Teller));

        var points = report.Competencies.SelectMany(c => c.Indicators).Sum(i => i.Points ?? 0);
        Assert.Equal(report.OverallScore!.Value, points, precision: 1);
        Assert.Equal(100.0, report.Competencies.SelectMany(c => c.Indicators).Sum(i => i.MaxPoints), precision: 1);
        Assert.Equal(report.OverallScore!.Value, report.Competencies.Sum(c => c.Points!.Value), precision: 1);
    }

    [Fact]
    public void Meeting_every_target_scores_100_and_priority_hire()
    {
        var report = Score(Features(smile: 0.9, polite: 1, pauses: 0.1, coverage: 0.9));

        Assert.Equal(100.0, report.OverallScore);
        Assert.Equal(Recommendation.PriorityHire, report.Recommendation);
        Assert.All(report.Competencies, c => Assert.True(c.Passed));
    }

    [Theory]
    [InlineData(75, 60, Recommendation.PriorityHire)]
    [InlineData(75.01, 75, Recommendation.SecondRound)]
    [InlineData(80, 75.01, Recommendation.Reject)]
    public void Recommendation_follows_the_policy_cutoffs_inclusively(double priorityHire, double secondRound, Recommendation expected)
    {
        var model = TestModels.Valid() with { Policy = new ScoringPolicy(true, priorityHire, secondRound) };

        var report = Score(Features(), model: model);

        Assert.Equal(75.0, report.OverallScore);
        Assert.Equal(expected, report.Recommendation);
        Assert.Equal((priorityHire, secondRound), (report.PriorityHireCutoff, report.SecondRoundCutoff));
    }

    [Fact]
    public void A_competency_below_its_threshold_fails_but_still_counts()
    {
        var model = TestModels.Valid().WithCompetency(0, c => c with { PassThreshold = 70 });

        var report = Score(Features(), model: model);

        Assert.Equal((65.0, false), (report.Competencies[0].Score!.Value, report.Competencies[0].Passed!.Value));
        Assert.True(report.Competencies[1].Passed);
        Assert.Equal(75.0, report.OverallScore);
    }

    [Fact]
    public void Without_face_consent_facial_weight_goes_to_the_competencys_other_indicators()
    {
        var report = Score(Features(), new ScoringContext(FaceConsent: false, VoiceConsent: true, ContentConsent: true));

        var smile = Indicator(report, "service_orientation", "smile_ratio");
        Assert.Equal((IndicatorStatus.Excluded, IndicatorReason.FaceConsentNotGiven), (smile.Status, smile.Reason));
        Assert.Equal((0.0, 0.0, (double?)null, (double?)null), (smile.EffectiveWeight, smile.MaxPoints, smile.Points, smile.Value));
        Assert.Equal(1.0, Indicator(report, "service_orientation", "polite_phrase_rate").EffectiveWeight);
        Assert.Equal(50.0, report.Competencies[0].Score);
        Assert.Equal(0.6 * 50 + 0.4 * 90, report.OverallScore!.Value, precision: 9);
        Assert.Equal(
            ["FaceConsentNotGiven  smile_ratio", "IndicatorWeightRedistributed service_orientation smile_ratio"],
            report.Notes.Select(n => $"{n.Code} {n.Subject} {string.Join(",", n.Features)}"));
    }

    [Fact]
    public void With_the_facial_policy_off_facial_indicators_are_excluded_whatever_the_consent()
    {
        var model = TestModels.Valid() with { Policy = TestModels.Valid().Policy with { FacialIndicatorsAllowed = false } };

        var report = Score(Features(), ScoringContext.AllConsents, model);

        Assert.Equal(IndicatorReason.FacialPolicyOff, Indicator(report, "service_orientation", "smile_ratio").Reason);
        Assert.Equal(NoteCode.FacialIndicatorsExcludedByPolicy, report.Notes[0].Code);
        Assert.DoesNotContain(report.Notes, n => n.Code == NoteCode.FaceConsentNotGiven);
        Assert.False(report.FacialIndicatorsAllowed);
        Assert.Equal(50.0, report.Competencies[0].Score);
    }

    [Fact]
    public void Missing_and_empty_features_are_no_data_with_a_reason_not_zero()
    {
        var features = Features().Where(f => f.Name != "pause_ratio").ToList();
        features[0] = FeatureValue.NoData("smile_ratio", Vision, "no face");

        var report = Score(features);

        var pauses = Indicator(report, "communication", "pause_ratio");
        Assert.Equal((IndicatorStatus.NoData, IndicatorReason.NotMeasured), (pauses.Status, pauses.Reason));
        var smile = Indicator(report, "service_orientation", "smile_ratio");
        Assert.Equal((IndicatorStatus.NoData, IndicatorReason.AnalyserHadNoData, "no face"), (smile.Status, smile.Reason, smile.ReasonDetail));
        Assert.Equal([50.0, 100.0], report.Competencies.Select(c => c.Score!.Value));
        Assert.Equal(["service_orientation", "communication"],
            report.Notes.Where(n => n.Code == NoteCode.IndicatorWeightRedistributed).Select(n => n.Subject));
    }

    [Theory]
    [InlineData(1.3)]
    [InlineData(-0.2)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Values_outside_the_catalogue_range_are_not_scored(double smile)
    {
        var report = Score(Features(smile: smile));

        var indicator = Indicator(report, "service_orientation", "smile_ratio");
        Assert.Equal((IndicatorStatus.NoData, IndicatorReason.InvalidValue), (indicator.Status, indicator.Reason));
        Assert.Contains("outside 0–1", indicator.ReasonDetail);
        Assert.Equal(50.0, report.Competencies[0].Score);
    }

    [Fact]
    public void A_competency_with_nothing_left_is_dropped_and_its_weight_goes_to_the_others()
    {
        // composure (0.2) reads the voice only; without voice consent it has nothing left.
        var composure = new Competency("composure", "沉稳", "Composure", 0.2, 60, [TestModels.Pauses(1)], []);
        var model = TestModels.Valid() with { Competencies = [TestModels.Service(0.5), TestModels.Communication(0.3), composure] };

        var report = Score(Features(), new ScoringContext(FaceConsent: true, VoiceConsent: false, ContentConsent: true), model);

        var dropped = report.Competencies[2];
        Assert.Equal((CompetencyStatus.Excluded, (double?)null, (bool?)null, 0.0), (dropped.Status, dropped.Score, dropped.Passed, dropped.EffectiveWeight));
        Assert.Equal(0.625, report.Competencies[0].EffectiveWeight);
        Assert.Equal(Math.Round(report.Competencies[0].Score!.Value * 0.625 + report.Competencies[1].Score!.Value * 0.375, 2), report.OverallScore);
        Assert.Contains(report.Notes, n => n.Code == NoteCode.CompetencyWeightRedistributed && n.Subject == "composure");
        Assert.Empty(report.HumanReview!);
    }

    [Fact]
    public void A_competency_whose_content_is_missing_is_not_scored_from_face_and_voice_and_no_verdict_is_given()
    {
        var features = Features();
        features[1] = FeatureValue.NoData("polite_phrase_rate", Text, "no speech-to-text engine transcribes 'zh'");

        var report = Score(features);

        var service = report.Competencies[0];
        Assert.Equal((CompetencyStatus.NotScorable, (double?)null), (service.Status, service.Score));
        Assert.Equal(CompetencyStatus.Scored, report.Competencies[1].Status);
        Assert.Null(report.OverallScore);
        Assert.Equal(Recommendation.NeedsHumanReview, report.Recommendation);
        var reason = Assert.Single(report.HumanReview!);
        Assert.Equal((HumanReviewCode.ContentNotMeasured, "service_orientation"), (reason.Code, reason.Subject));
        Assert.Equal(["polite_phrase_rate"], reason.Features);
        Assert.Equal(["no speech-to-text engine transcribes 'zh'"], reason.Details);
    }

    [Fact]
    public void Declined_content_analysis_leaves_a_person_to_judge_what_was_said()
    {
        var report = Score(Features(), new ScoringContext(FaceConsent: true, VoiceConsent: true, ContentConsent: false));

        Assert.All(report.Competencies, c => Assert.Equal(CompetencyStatus.NotScorable, c.Status));
        Assert.Equal(Recommendation.NeedsHumanReview, report.Recommendation);
        Assert.All(report.HumanReview!, r => Assert.Equal(["the candidate did not consent to content analysis"], r.Details));
    }

    [Fact]
    public void Face_and_voice_alone_never_make_a_verdict()
    {
        var model = TestModels.Valid() with
        {
            Competencies = [new Competency("presence", "仪表", "Presence", 1, 60,
                [new Indicator("face_presence_ratio", IndicatorDirection.AtLeast, 0.9, 1, 0.5), TestModels.Pauses()], [])],
            Questions = [TestModels.Question("q1", "presence")],
        };

        var report = Score([FeatureValue.Of("face_presence_ratio", 1.0, Vision), FeatureValue.Of("pause_ratio", 0.1, Audio)], model: model);

        Assert.Equal(100.0, report.Competencies[0].Score);
        Assert.Null(report.OverallScore);
        Assert.Equal(Recommendation.NeedsHumanReview, report.Recommendation);
        Assert.Equal(HumanReviewCode.RubricMeasuresNoContent, Assert.Single(report.HumanReview!).Code);
    }

    [Fact]
    public void Nothing_scorable_is_never_an_automatic_reject()
    {
        var report = Score([], new ScoringContext(true, true, true));

        Assert.Null(report.OverallScore);
        Assert.Equal(Recommendation.NeedsHumanReview, report.Recommendation);
        Assert.All(report.Competencies, c => Assert.Equal(CompetencyStatus.NotScorable, c.Status));
        Assert.Equal(2, report.HumanReview!.Count);
    }

    [Fact]
    public void A_competency_scoped_value_wins_over_the_interview_wide_one()
    {
        var features = Features(coverage: 0.2);
        features.Add(FeatureValue.Of(FeatureKey.Scoped("expected_point_coverage", "communication"), 0.95, Text));

        var report = Score(features);

        var coverage = Indicator(report, "communication", "expected_point_coverage");
        Assert.Equal((0.95, "expected_point_coverage@communication", 1.0), (coverage.Value, coverage.Source, coverage.Score));
        Assert.Contains(report.AnalyserVersions, v => v.Feature == "expected_point_coverage@communication");
    }

    [Fact]
    public void Records_the_analyser_version_of_every_scored_feature_in_order()
    {
        var report = Score(Features(), new ScoringContext(FaceConsent: false, VoiceConsent: true, ContentConsent: true));

        Assert.Equal(
            [new AnalyserVersionUsed("expected_point_coverage", Text), new AnalyserVersionUsed("pause_ratio", Audio), new AnalyserVersionUsed("polite_phrase_rate", Text)],
            report.AnalyserVersions);
    }

    [Fact]
    public void The_same_feature_twice_with_different_values_is_refused_and_identical_repeats_are_harmless()
    {
        var repeated = Features();
        repeated.Add(repeated[0]);
        Assert.Equal(Score(Features()).OverallScore, Score(repeated).OverallScore);

        var conflicting = Features();
        conflicting.Add(FeatureValue.Of("smile_ratio", 0.1, Vision));
        var e = Assert.Throws<ArgumentException>(() => Score(conflicting));
        Assert.Contains("smile_ratio", e.Message);
    }

    [Fact]
    public void Refuses_an_invalid_model_and_lists_its_problems()
    {
        var model = TestModels.Valid().WithIndicator(0, 1, i => i with { Feature = "smile_rate" });

        var e = Assert.Throws<InvalidCompetencyModelException>(() => new RubricScorer(model, 1));
        Assert.Contains(e.Problems, p => p.Path == "competencies[0].indicators[1].feature");
    }

    [Fact]
    public void Unknown_inputs_are_ignored_with_a_note()
    {
        var features = Features();
        features.Add(FeatureValue.Of("smile_rate", 0.1, Vision));
        features.Add(FeatureValue.Of("smile_ratio@teamwork", 0.1, Vision));

        var report = Score(features);

        Assert.Equal(Score(Features()).OverallScore, report.OverallScore);
        Assert.Equal(["smile_rate", "smile_ratio@teamwork"], report.Notes.Where(n => n.Code == NoteCode.UnknownFeatureIgnored).Select(n => n.Subject));
    }

    [Fact]
    public void Scores_the_teller_template_from_typical_features()
    {
        var report = new RubricScorer(JobTemplates.Load(JobTemplates.Teller), 1).Score(JobTemplateFeatures.Typical(), ScoringContext.AllConsents);

        Assert.All(report.Competencies, c => Assert.Equal(CompetencyStatus.Scored, c.Status));
        Assert.InRange(report.OverallScore!.Value, 60, 95);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void The_report_keeps_the_features_it_read_but_not_unconsented_or_unused_ones()
    {
        var features = Features();
        features.Add(FeatureValue.Of("pitch_mean_hz", 210, Audio));
        features.Add(FeatureValue.Of("mean_brightness", 120, Vision));

        var report = Score(features, new ScoringContext(FaceConsent: false, VoiceConsent: true, ContentConsent: true));

        Assert.Equal(["expected_point_coverage", "pause_ratio", "polite_phrase_rate"], report.Features.Select(f => f.Name));
        Assert.Equal(FeatureValue.Of("pause_ratio", 0.30, Audio), report.Features[1]);
    }

    [Fact]
    public void The_report_names_the_rubric_and_the_scorer_version()
    {
        var report = new RubricScorer(TestModels.Valid(), 9, "job-17").Score(Features(), ScoringContext.AllConsents);

        Assert.Equal(("job-17", 9, "teller", ScorerVersion.Current), (report.RubricId, report.RubricVersion, report.JobCode, report.ScorerVersion));
        Assert.Equal("teller", Score(Features()).RubricId);
    }
}
