using System.Globalization;
using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Explanations;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class ExplanationWriterTests
{
    // service (0.6): smile ≥ 0.80 (w 0.4, tol 0.4), polite ≥ 0.90 (w 0.6); communication (0.4): pauses ≤ 0.25, coverage ≥ 0.70
    private static List<FeatureValue> Features() =>
    [
        FeatureValue.Of("smile_ratio", 0.75, "vision-1.2.0"),
        FeatureValue.Of("polite_phrase_rate", 0.6, "text-0.9.3"),
        FeatureValue.Of("pause_ratio", 0.30, "audio-2.0.1"),
        FeatureValue.Of("expected_point_coverage", 0.70, "text-0.9.3"),
    ];

    private static ScoreReport Report(ScoringContext? context = null, CompetencyModel? model = null) =>
        RubricScorer.Score(model ?? TestModels.Valid(), 7, Features(), context ?? ScoringContext.AllConsents);

    [Fact]
    public void Hr_chinese_names_every_value_target_and_points()
    {
        var text = ExplanationWriter.ForHr(Report(), ExplanationLanguage.Zh);

        Assert.Equal("综合得分 75.00 分：建议复试（优先录用 ≥ 80，建议复试 ≥ 60）。", text.Summary);
        Assert.Contains("服务意识 65.00 分（达标线 60，达标）— 权重 60%，计入总分 39.00/60 分", text.Lines);
        Assert.Contains("  · 微笑比例 0.75，目标 ≥ 0.80，得 21.0/24 分", text.Lines);
        Assert.Contains("  · 停顿比例 0.30，目标 ≤ 0.25，得 16.0/20 分", text.Lines);
        Assert.Contains($"评分规则：teller 第 7 版；评分程序：{ScorerVersion.Current}；分析器：expected_point_coverage text-0.9.3；pause_ratio audio-2.0.1；polite_phrase_rate text-0.9.3；smile_ratio vision-1.2.0", text.Lines);
    }

    [Fact]
    public void Hr_english_names_every_value_target_and_points()
    {
        var text = ExplanationWriter.ForHr(Report(), ExplanationLanguage.En);

        Assert.Equal("Overall score 75.00: second round (priority hire ≥ 80, second round ≥ 60).", text.Summary);
        Assert.Contains("  · smile ratio 0.75, target ≥ 0.80, 21.0 of 24 points", text.Lines);
        Assert.Contains("Communication 90.00 (pass mark 60: passed) — weight 40%, 36.00 of 40 points", text.Lines);
        Assert.StartsWith($"Rubric: teller version 7; scorer: {ScorerVersion.Current}; analysers: expected_point_coverage text-0.9.3", text.Lines[^1]);
        var forJob = ExplanationWriter.ForHr(new RubricScorer(TestModels.Valid(), 7, "job-17").Score(Features(), ScoringContext.AllConsents), ExplanationLanguage.En);
        Assert.StartsWith("Rubric: job-17 (teller) version 7; scorer: ", forJob.Lines[^1]);
    }

    [Fact]
    public void Reproduces_the_smile_example_of_the_brief()
    {
        // Tolerance chosen so 0.75 against 0.80 scores 0.62, on an indicator worth 10 points.
        var smile = new Indicator("smile_ratio", IndicatorDirection.AtLeast, 0.80, 1, 0.05 / 0.38);
        var model = TestModels.Valid()
            .WithCompetency(0, c => c with { Weight = 0.1, Indicators = [smile with { Weight = 0.1 / 0.1 * 1 }, TestModels.Polite(9)] })
            .WithCompetency(1, c => c with { Weight = 0.9 });

        var report = Report(model: model);

        Assert.Contains("  · 微笑比例 0.75，目标 ≥ 0.80，得 0.6/1 分", ExplanationWriter.ForHr(report, ExplanationLanguage.Zh).Lines);
        var tenPoints = TestModels.Valid().WithCompetency(0, c => c with { Weight = 1, Indicators = [smile, TestModels.Polite(9)] })
            .WithCompetency(1, c => c with { Weight = 0.0000001 });
        Assert.Contains(ExplanationWriter.ForHr(Report(model: tenPoints), ExplanationLanguage.Zh).Lines, l => l == "  · 微笑比例 0.75，目标 ≥ 0.80，得 6.2/10 分");
        Assert.Contains(ExplanationWriter.ForHr(Report(model: tenPoints), ExplanationLanguage.En).Lines, l => l == "  · smile ratio 0.75, target ≥ 0.80, 6.2 of 10 points");
    }

    [Fact]
    public void Hr_says_what_was_excluded_why_and_where_its_weight_went()
    {
        var text = ExplanationWriter.ForHr(Report(new ScoringContext(FaceConsent: false, VoiceConsent: true, ContentConsent: true)), ExplanationLanguage.Zh);

        Assert.Contains("候选人未同意面部分析：微笑比例 未参与评分，权重已重新分配。", text.Lines);
        Assert.Contains("  · 微笑比例：未计分（候选人未同意面部分析）", text.Lines);
        Assert.Contains("    未计分指标的权重已按比例分配给本能力的其他指标。", text.Lines);
    }

    [Fact]
    public void Hr_gives_the_analysers_reason_for_missing_data()
    {
        var features = Features();
        features[2] = FeatureValue.NoData("pause_ratio", "audio-2.0.1", "silence only");

        var report = RubricScorer.Score(TestModels.Valid(), 1, features, ScoringContext.AllConsents);

        Assert.Contains("  · pause ratio: no data (the analyser had no usable data: silence only)", ExplanationWriter.ForHr(report, ExplanationLanguage.En).Lines);
    }

    [Fact]
    public void Hr_explains_a_dropped_competency_and_an_unscorable_interview()
    {
        var contentOff = new ScoringContext(FaceConsent: true, VoiceConsent: true, ContentConsent: false);
        var hr = ExplanationWriter.ForHr(Report(contentOff), ExplanationLanguage.Zh);
        Assert.Contains("沟通能力：无法评分 — 回答内容未能测量，面部和语音指标不能代替内容，需人工复核。", hr.Lines);
        Assert.StartsWith("需人工复核（不给出综合得分和建议）：“服务意识”、“沟通能力”的回答内容未能测量（the candidate did not consent to content analysis）", hr.Summary);

        var nothing = RubricScorer.Score(TestModels.Valid(), 1, [], ScoringContext.AllConsents);
        Assert.StartsWith("Needs human review (no overall score or verdict): what the candidate said for 'Service orientation', 'Communication' could not be measured (no value was supplied)",
            ExplanationWriter.ForHr(nothing, ExplanationLanguage.En).Summary);
        var candidate = ExplanationWriter.ForCandidate(nothing, ExplanationLanguage.En);
        Assert.Contains("Service orientation: a recruiter will assess your answers in person.", candidate.Lines);
        Assert.DoesNotContain("review", candidate.Summary);
    }

    [Fact]
    public void Candidate_chinese_and_english_compare_their_value_with_the_role()
    {
        var zh = ExplanationWriter.ForCandidate(Report(), ExplanationLanguage.Zh);
        var en = ExplanationWriter.ForCandidate(Report(), ExplanationLanguage.En);

        Assert.Contains("  · 您的微笑比例为 75%，岗位要求不低于 80%。", zh.Lines);
        Assert.Contains("  · 您的停顿比例为 30%，岗位要求不高于 25%。", zh.Lines);
        Assert.Contains("  · Your smile ratio was 75%; the role asks for at least 80%.", en.Lines);
        Assert.Contains("Service orientation: 65; the role asks for 60 — met.", en.Lines);
    }

    [Fact]
    public void Candidate_version_leaves_out_hidden_indicators_weights_points_versions_and_the_decision()
    {
        var model = TestModels.Valid().WithIndicator(0, 0, i => i with { HiddenFromCandidate = true });
        var report = Report(model: model);

        var hr = ExplanationWriter.ForHr(report, ExplanationLanguage.En).Text;
        Assert.Contains("smile ratio 0.75, target ≥ 0.80, 21.0 of 24 points [hidden from candidate]", hr);

        foreach (var language in new[] { ExplanationLanguage.Zh, ExplanationLanguage.En })
        {
            var text = ExplanationWriter.ForCandidate(report, language).Text;
            foreach (var secret in new[] { "微笑", "smile", "权重", "weight", "points", "计入总分", "版", "version", "vision-1.2.0", "复试", "second round", "75.00", "priority" })
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Candidate_version_shows_no_feature_keys_analyser_details_or_ignored_inputs()
    {
        var features = Features();
        features[2] = FeatureValue.NoData("pause_ratio", "audio-2.0.1", "vad model failed to load");
        features.Add(FeatureValue.Of("another_candidate_score", 99, "x-1"));
        var report = RubricScorer.Score(TestModels.Valid(), 1, features, ScoringContext.AllConsents);

        foreach (var language in new[] { ExplanationLanguage.Zh, ExplanationLanguage.En })
        {
            var text = ExplanationWriter.ForCandidate(report, language).Text;
            foreach (var internals in new[] { "_ratio", "_rate", "@", "audio-2.0.1", "vad model", "another_candidate", "99", "tolerance" })
                Assert.DoesNotContain(internals, text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("  · Pause ratio: could not be measured and was not counted.", ExplanationWriter.ForCandidate(report, ExplanationLanguage.En).Lines);
    }

    [Fact]
    public void Candidate_is_told_about_their_consent_choice_not_the_mechanics()
    {
        var text = ExplanationWriter.ForCandidate(Report(new ScoringContext(FaceConsent: false, VoiceConsent: true, ContentConsent: true)), ExplanationLanguage.Zh);

        Assert.Contains("根据您的选择，未进行面部分析，相关指标未计入评分。", text.Lines);
        Assert.DoesNotContain(text.Lines, l => l.Contains("微笑"));
    }

    [Fact]
    public void Numbers_print_the_same_whatever_the_thread_culture()
    {
        var report = Report();
        var invariant = ExplanationWriter.ForHr(report, ExplanationLanguage.En).Text;

        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, ExplanationWriter.ForHr(report, ExplanationLanguage.En).Text);
            Assert.Contains("0.75", invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory, MemberData(nameof(JobTemplatesTests.Codes), MemberType = typeof(JobTemplatesTests))]
    public void Every_indicator_of_every_template_is_explained_to_hr_and_every_visible_one_to_the_candidate(string code)
    {
        var noFace = new ScoringContext(FaceConsent: false, VoiceConsent: true, ContentConsent: true);
        var report = new RubricScorer(JobTemplates.Load(code), 1).Score(JobTemplateFeatures.Typical(), noFace);
        var indicators = report.Competencies.SelectMany(c => c.Indicators).ToList();

        var hr = ExplanationWriter.ForHr(report, ExplanationLanguage.En).Lines.Where(l => l.StartsWith("  · ", StringComparison.Ordinal)).ToList();
        Assert.Equal(indicators.Count, hr.Count);
        foreach (var (indicator, line) in indicators.Zip(hr))
        {
            if (indicator.Status == IndicatorStatus.Scored)
                Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"{indicator.Points:0.0} of {indicator.MaxPoints:0.#} points"), line.Replace(" [hidden from candidate]", ""));
            else
                Assert.Contains("not scored (the candidate did not consent to face analysis)", line);
        }

        var candidate = ExplanationWriter.ForCandidate(report, ExplanationLanguage.Zh).Lines.Count(l => l.StartsWith("  · ", StringComparison.Ordinal));
        Assert.Equal(indicators.Count(i => i.Status == IndicatorStatus.Scored && !i.HiddenFromCandidate), candidate);
    }
}
