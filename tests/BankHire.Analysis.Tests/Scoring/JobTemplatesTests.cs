using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Templates;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class JobTemplatesTests
{
    public static TheoryData<string> Codes => [.. JobTemplates.Codes];

    [Fact]
    public void Lists_the_four_campus_jobs()
    {
        Assert.Equal(["teller", "client-manager", "risk-analyst", "it-engineer"], JobTemplates.Codes);
    }

    [Theory, MemberData(nameof(Codes))]
    public void Each_template_loads_under_its_own_code(string code)
    {
        var model = JobTemplates.Load(code);

        Assert.Equal(code, model.JobCode);
        Assert.InRange(model.Competencies.Count, 5, 7);
        Assert.InRange(model.Questions.Count, 5, 8);
        Assert.Single(model.Questions, q => q.Practice);
        Assert.Equal(1.0, model.Competencies.Sum(c => c.Weight), precision: 9);
        Assert.True(model.Policy.PriorityHireCutoff > model.Policy.SecondRoundCutoff);
        // A must-have: the minimum degree (the structured check) or a knockout.
        Assert.True(model.Screening.Education.MinimumDegree != DegreeLevel.None || model.Screening.Knockouts.Count > 0);
        Assert.NotEmpty(model.Screening.NiceToHaves);
    }

    [Theory, MemberData(nameof(Codes))]
    public void No_template_judges_the_degree_twice(string code)
    {
        // The minimum degree is the degree must-have; a knockout listing degree words would be a second judge of it.
        var model = JobTemplates.Load(code);
        var facts = new BankHire.Analysis.Resumes.Screening.RequirementFacts(BankHire.Analysis.Tests.Text.TestLexicon.DomainOnly);
        Assert.DoesNotContain(model.Screening.Knockouts, k => facts.Classify(k).Kind == BankHire.Analysis.Resumes.Screening.RequirementFactKind.Degree);
    }

    [Theory, MemberData(nameof(Codes))]
    public void Every_competency_can_be_scored_without_the_face(string code)
    {
        foreach (var competency in JobTemplates.Load(code).Competencies)
        {
            Assert.Contains(competency.Indicators, i => FeatureCatalogue.Get(i.Feature).Kind == FeatureKind.Content);
            Assert.Contains(competency.Indicators, i => FeatureCatalogue.Get(i.Feature).Kind != FeatureKind.Facial);
            Assert.Equal(1.0, competency.Indicators.Sum(i => i.Weight), precision: 9);
        }
    }

    [Theory, MemberData(nameof(Codes))]
    public void Every_scored_question_has_expected_points_with_terms(string code)
    {
        foreach (var question in JobTemplates.Load(code).Questions.Where(q => !q.Practice))
        {
            Assert.InRange(question.ExpectedPoints.Count, 3, 6);
            Assert.All(question.ExpectedPoints, p => Assert.NotEmpty(p.Terms));
            Assert.False(string.IsNullOrWhiteSpace(question.TextZh));
            Assert.False(string.IsNullOrWhiteSpace(question.TextEn));
            Assert.True(question.AnswerSeconds > question.ThinkSeconds);
        }
    }

    [Fact]
    public void Teller_asks_for_a_smile_ratio_of_at_least_eighty_percent()
    {
        var service = JobTemplates.Load(JobTemplates.Teller).Competencies.Single(c => c.Key == "service_orientation");

        var smile = service.Indicators.Single(i => i.Feature == "smile_ratio");
        Assert.Equal(IndicatorDirection.AtLeast, smile.Direction);
        Assert.Equal(0.80, smile.Target);
        Assert.Contains(service.Indicators, i => i.Feature == "polite_phrase_rate" && i.Target == 0.90);
    }

    [Fact]
    public void Risk_analyst_values_cfa_and_frm_and_it_engineer_needs_a_computing_major()
    {
        var risk = JobTemplates.Load(JobTemplates.RiskAnalyst).Screening.NiceToHaves.SelectMany(r => r.Terms).ToList();
        Assert.Contains("CFA", risk);
        Assert.Contains("FRM", risk);
        Assert.Contains(JobTemplates.Load(JobTemplates.ItEngineer).Screening.Knockouts, k => k.Terms.Contains("计算机"));
    }

    [Fact]
    public void It_engineer_template_does_not_judge_faces()
    {
        var it = JobTemplates.Load(JobTemplates.ItEngineer);

        Assert.False(it.Policy.FacialIndicatorsAllowed);
        Assert.DoesNotContain(it.Competencies.SelectMany(c => c.Indicators), i => FeatureCatalogue.Get(i.Feature).Kind == FeatureKind.Facial);
    }

    [Theory, MemberData(nameof(Codes))]
    public void Templates_round_trip_through_json_unchanged(string code)
    {
        var once = CompetencyModelJson.Serialize(JobTemplates.Load(code));
        var twice = CompetencyModelJson.Serialize(CompetencyModelJson.Deserialize(once));

        Assert.Equal(once, twice);
        Assert.Contains("\"smile_ratio\"", CompetencyModelJson.Serialize(JobTemplates.Load(JobTemplates.Teller)));
    }

    [Fact]
    public void Unknown_code_names_the_known_ones()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => JobTemplates.Load("cashier"));
        Assert.Contains("teller", e.Message);
    }

    [Fact]
    public void Each_load_returns_an_independent_model()
    {
        Assert.NotSame(JobTemplates.Load(JobTemplates.Teller), JobTemplates.Load(JobTemplates.Teller));
        Assert.Equal(4, JobTemplates.LoadAll().Count);
    }
}
