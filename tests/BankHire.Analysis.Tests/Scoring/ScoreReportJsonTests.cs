using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class ScoreReportJsonTests
{
    private static readonly ScoringContext NoFace = new(FaceConsent: false, VoiceConsent: true, ContentConsent: true);

    private static RubricScorer Teller() => new(JobTemplates.Load(JobTemplates.Teller), 4, "job-2026-teller-sz");

    private static string TellerJson(IReadOnlyCollection<FeatureValue>? features = null, ScoringContext? context = null) =>
        ScoreReportJson.Serialize(Teller().Score(features ?? JobTemplateFeatures.Typical(), context ?? ScoringContext.AllConsents));

    [Fact]
    public void Writes_features_with_analyser_versions_rubric_and_scorer_versions_scores_and_explanations()
    {
        var json = TellerJson(context: NoFace);

        Assert.Contains("\"rubricId\": \"job-2026-teller-sz\"", json);
        Assert.Contains("\"rubricVersion\": 4", json);
        Assert.Contains($"\"scorerVersion\": \"{ScorerVersion.Current}\"", json);
        Assert.Contains("\"name\": \"pause_ratio\",\n        \"value\": 0.28,\n        \"analyserVersion\": \"audio-2.0.1\"", json);
        Assert.Contains("\"recommendation\": \"", json);
        Assert.Contains("\"hrZh\": {", json);
        Assert.Contains("综合得分", json);
        Assert.Contains("\"status\": \"Excluded\",\n", json);
        Assert.Contains("\"points\": null", json);
        Assert.DoesNotContain("hasValue", json);
        Assert.DoesNotContain("\"text\"", json);
    }

    [Fact]
    public void Reads_back_what_it_writes_byte_for_byte()
    {
        var json = TellerJson(context: NoFace);

        var document = ScoreReportJson.Deserialize(json);

        Assert.Equal(json, ScoreReportJson.Serialize(document));
        Assert.Equal(("job-2026-teller-sz", 4, ScorerVersion.Current), (document.Report.RubricId, document.Report.RubricVersion, document.Report.ScorerVersion));
        Assert.Equal(NoFace, document.Report.Consents);
        Assert.Contains(document.Report.Features, f => f == FeatureValue.Of("pause_ratio", 0.28, "audio-2.0.1"));
        Assert.Equal(Teller().Score(JobTemplateFeatures.Typical(), NoFace).OverallScore, document.Report.OverallScore);
        Assert.StartsWith("Overall score ", document.Explanations.HrEn.Summary);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes_whatever_the_order_instance_or_culture()
    {
        var expected = TellerJson();
        var shuffled = JobTemplateFeatures.Typical();
        shuffled.Reverse();

        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal(expected, TellerJson(shuffled));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Scoring_the_reports_own_features_again_reproduces_it()
    {
        var original = ScoreReportJson.Deserialize(TellerJson(context: NoFace)).Report;

        var again = Teller().Score(original.Features, original.Consents);

        Assert.Equal(ScoreReportJson.Serialize(original), ScoreReportJson.Serialize(again));
    }

    [Fact]
    public void The_teller_report_bytes_are_pinned()
    {
        // If this changes on purpose (wording, rounding, curves, JSON form), bump ScorerVersion.Current and re-pin.
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TellerJson())));

        Assert.Equal("5213a09be80581a866338f0d7ce1141d98109c72559836f9148bde620267dc7b", digest);
    }

    [Fact]
    public void A_report_written_before_human_review_reasons_still_reads()
    {
        var json = TellerJson();
        var older = System.Text.RegularExpressions.Regex.Replace(json, @",\s*""humanReview"": \[\]", "");

        Assert.NotEqual(json, older);
        Assert.Null(ScoreReportJson.Deserialize(older).Report.HumanReview);
    }

    [Fact]
    public void Keeps_an_invalid_value_as_received()
    {
        var features = JobTemplateFeatures.Typical();
        features[features.FindIndex(f => f.Name == "smile_ratio")] = FeatureValue.Of("smile_ratio", double.NaN, "vision-1.2.0");
        var json = TellerJson(features);

        var document = ScoreReportJson.Deserialize(json);

        Assert.Contains("\"value\": \"NaN\"", json);
        Assert.True(double.IsNaN(document.Report.Features.Single(f => f.Name == "smile_ratio").Value!.Value));
        Assert.Equal(json, ScoreReportJson.Serialize(document));
    }

    [Theory]
    [InlineData("\"rubricVersion\": 4,", "\"rubricVersion\": 4, \"score\": 1,", "$.report.score")]
    [InlineData("\"rubricVersion\": 4,", "", "$.report")]
    [InlineData("\"recommendation\": \"", "\"recommendation\": \"Hire", "$.report.recommendation")]
    public void Refuses_unknown_missing_or_misspelt_members_with_the_path(string find, string replaceWith, string path)
    {
        var json = TellerJson();
        Assert.Contains(find, json);
        var tampered = json.Replace(find, replaceWith, StringComparison.Ordinal);

        var e = Assert.Throws<ScoreReportFormatException>(() => ScoreReportJson.Deserialize(tampered));

        Assert.Equal(path, e.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{")]
    public void Refuses_empty_null_and_broken_documents(string json) =>
        Assert.Throws<ScoreReportFormatException>(() => ScoreReportJson.Deserialize(json));
}
