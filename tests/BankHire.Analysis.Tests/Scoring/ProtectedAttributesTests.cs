using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Explanations;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Scoring.Validation;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class ProtectedAttributesTests
{
    [Theory]
    [InlineData("sex", "sex")]
    [InlineData("gender_code", "sex")]
    [InlineData("age", "age")]
    [InlineData("candidate_age", "age")]
    [InlineData("birthDate", "age")]
    [InlineData("date_of_birth", "age")]
    [InlineData("ethnicity", "ethnicity")]
    [InlineData("marital_status", "marital status")]
    [InlineData("photo_attractiveness", "photo")]
    [InlineData("native_place", "native place")]
    [InlineData("religion@service_orientation", "religion")]
    [InlineData("年龄", "age")]
    [InlineData("婚姻状况", "marital status")]
    [InlineData("籍贯", "native place")]
    public void Recognises_protected_attributes_by_whole_word_or_chinese_text(string name, string attribute)
    {
        Assert.True(ProtectedAttributes.IsProtected(name, out var found));
        Assert.Equal(attribute, found);
    }

    [Theory]
    [InlineData("average_pause")]
    [InlineData("message_count")]
    [InlineData("usage_ratio")]
    [InlineData("page")]
    public void Words_that_only_contain_a_protected_word_are_not_protected(string name)
    {
        Assert.False(ProtectedAttributes.IsProtected(name));
    }

    [Fact]
    public void No_catalogue_feature_names_a_protected_attribute()
    {
        Assert.DoesNotContain(FeatureCatalogue.All, f => ProtectedAttributes.IsProtected(f.Name));
    }

    [Theory]
    [InlineData("age")]
    [InlineData("gender")]
    [InlineData("marital_status")]
    [InlineData("民族")]
    public void The_validator_rejects_an_indicator_bound_to_a_protected_attribute(string feature)
    {
        var model = TestModels.Valid().WithIndicator(1, 0, i => i with { Feature = feature });

        var problem = Assert.Single(CompetencyModelValidator.Validate(model));

        Assert.Equal("competencies[1].indicators[0].feature", problem.Path);
        Assert.Contains("protected attribute", problem.Reason);
        Assert.Throws<InvalidCompetencyModelException>(() => new RubricScorer(model, 1));
    }

    [Fact]
    public void No_shipped_template_scores_a_protected_attribute_or_a_proxy_for_one()
    {
        var features = JobTemplates.LoadAll().SelectMany(m => m.Competencies).SelectMany(c => c.Indicators).Select(i => i.Feature).Distinct().ToList();

        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.False(ProtectedAttributes.IsProtected(f));
            Assert.True(ScorableFeatures.IsScorable(FeatureCatalogue.Get(f)));
        });
    }

    [Theory, MemberData(nameof(JobTemplatesTests.Codes), MemberType = typeof(JobTemplatesTests))]
    public void Interviews_differing_only_in_protected_attributes_get_identical_reports_that_never_mention_them(string code)
    {
        var scorer = new RubricScorer(JobTemplates.Load(code), 1);
        var plain = JobTemplateFeatures.Typical();
        var withAttributes = JobTemplateFeatures.Typical();
        withAttributes.RemoveAll(f => f.Name == "pitch_mean_hz");
        withAttributes.AddRange(
        [
            FeatureValue.Of("pitch_mean_hz", 110, "audio-2.0.1"),
            FeatureValue.Of("sex", 1, "resume-1.0.0"),
            FeatureValue.Of("age", 41, "resume-1.0.0"),
            FeatureValue.Of("birth_year", 1985, "resume-1.0.0"),
            FeatureValue.Of("ethnicity", 3, "resume-1.0.0"),
            FeatureValue.Of("marital_status", 1, "resume-1.0.0"),
            FeatureValue.Of("photo_present", 1, "resume-1.0.0"),
            FeatureValue.Of("native_place", 44, "resume-1.0.0"),
            FeatureValue.Of("religion", 2, "resume-1.0.0"),
            FeatureValue.Of("年龄", 41, "resume-1.0.0"),
            FeatureValue.Of(FeatureKey.Scoped("age", "communication"), 0.9, "resume-1.0.0"),
        ]);

        var json = ScoreReportJson.Serialize(scorer.Score(plain, ScoringContext.AllConsents));

        Assert.Equal(json, ScoreReportJson.Serialize(scorer.Score(withAttributes, ScoringContext.AllConsents)));
        foreach (var mention in new[] { "sex", "\"age", "age@", "birth", "ethnicity", "marital", "photo", "native_place", "religion", "年龄", "pitch_mean", "平均音高", "resume-1.0.0" })
            Assert.DoesNotContain(mention, json, StringComparison.OrdinalIgnoreCase);
    }
}
