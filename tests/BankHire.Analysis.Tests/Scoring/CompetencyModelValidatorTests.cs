using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Scoring.Validation;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class CompetencyModelValidatorTests
{
    private static ValidationProblem SingleProblem(CompetencyModel model) => Assert.Single(CompetencyModelValidator.Validate(model));

    [Fact]
    public void A_sound_model_has_no_problems()
    {
        Assert.Empty(CompetencyModelValidator.Validate(TestModels.Valid()));
    }

    [Theory, MemberData(nameof(JobTemplatesTests.Codes), MemberType = typeof(JobTemplatesTests))]
    public void Every_shipped_template_is_valid(string code)
    {
        Assert.Empty(CompetencyModelValidator.Validate(JobTemplates.Load(code)));
    }

    [Fact]
    public void Unknown_feature_is_named_with_its_path_and_a_suggestion()
    {
        var model = TestModels.Valid().WithIndicator(0, 0, i => i with { Feature = "smile_rate" });

        var problem = SingleProblem(model);
        Assert.Equal("competencies[0].indicators[0].feature", problem.Path);
        Assert.Equal("competencies[0].indicators[0].feature: unknown feature 'smile_rate' (did you mean 'smile_ratio'?)", problem.ToString());
    }

    [Fact]
    public void Unknown_feature_far_from_any_name_gets_no_suggestion()
    {
        var problem = SingleProblem(TestModels.Valid().WithIndicator(1, 0, i => i with { Feature = "charisma_index" }));
        Assert.Equal("unknown feature 'charisma_index'", problem.Reason);
    }

    [Theory]
    [InlineData("mean_brightness", "video-quality")]
    [InlineData("pitch_mean_hz", "proxy for sex")]
    public void Features_that_must_not_judge_a_person_are_rejected(string feature, string reason)
    {
        var model = TestModels.Valid().WithIndicator(1, 0, i => i with { Feature = feature, Target = 10, Tolerance = 5 });

        var problem = SingleProblem(model);
        Assert.Equal("competencies[1].indicators[0].feature", problem.Path);
        Assert.Contains(reason, problem.Reason);
    }

    [Theory]
    [InlineData(1.2)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Target_outside_the_feature_range_is_rejected(double target)
    {
        var problem = SingleProblem(TestModels.Valid().WithIndicator(0, 0, i => i with { Target = target }));

        Assert.Equal("competencies[0].indicators[0].target", problem.Path);
        Assert.Contains("between 0 and 1", problem.Reason);
    }

    [Fact]
    public void Within_needs_an_upper_target_inside_the_range_and_not_below_the_target()
    {
        var rate = new Indicator("speech_rate_sps", IndicatorDirection.Within, 3.5, 1, 1.5);
        Assert.Equal("competencies[1].indicators[0].upperTarget: is required with direction Within",
            SingleProblem(TestModels.Valid().WithIndicator(1, 0, _ => rate)).ToString());
        Assert.Contains("must not be below target (3.5)",
            SingleProblem(TestModels.Valid().WithIndicator(1, 0, _ => rate with { UpperTarget = 3 })).Reason);
        Assert.Contains("between 0 and 20",
            SingleProblem(TestModels.Valid().WithIndicator(1, 0, _ => rate with { UpperTarget = 25 })).Reason);
        Assert.Equal("competencies[0].indicators[0].upperTarget",
            SingleProblem(TestModels.Valid().WithIndicator(0, 0, i => i with { UpperTarget = 0.9 })).Path);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.PositiveInfinity)]
    public void Weights_and_tolerances_must_be_positive(double bad)
    {
        Assert.Equal("competencies[1].weight", SingleProblem(TestModels.Valid().WithCompetency(1, c => c with { Weight = bad })).Path);
        Assert.Equal("competencies[0].indicators[1].weight", SingleProblem(TestModels.Valid().WithIndicator(0, 1, i => i with { Weight = bad })).Path);
        Assert.Equal("competencies[0].indicators[1].tolerance", SingleProblem(TestModels.Valid().WithIndicator(0, 1, i => i with { Tolerance = bad })).Path);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(100.5)]
    public void Thresholds_and_cutoffs_must_lie_between_0_and_100(double bad)
    {
        Assert.Equal("competencies[0].passThreshold", SingleProblem(TestModels.Valid().WithCompetency(0, c => c with { PassThreshold = bad })).Path);
        var model = TestModels.Valid();
        var priority = CompetencyModelValidator.Validate(model with { Policy = model.Policy with { PriorityHireCutoff = bad } });
        Assert.Contains(priority, p => p.Path == "policy.priorityHireCutoff");
    }

    [Theory]
    [InlineData(80, 80)]
    [InlineData(70, 75)]
    public void Second_round_cutoff_must_be_below_priority_hire_cutoff(double priority, double secondRound)
    {
        var model = TestModels.Valid();
        var problem = SingleProblem(model with { Policy = model.Policy with { PriorityHireCutoff = priority, SecondRoundCutoff = secondRound } });

        Assert.Equal("policy.secondRoundCutoff", problem.Path);
        Assert.Contains("must be below priorityHireCutoff", problem.Reason);
    }

    [Fact]
    public void Duplicate_keys_are_reported_where_they_repeat()
    {
        var model = TestModels.Valid();
        var duplicateCompetency = model.WithCompetency(1, c => c with { Key = "service_orientation" });
        Assert.Contains(CompetencyModelValidator.Validate(duplicateCompetency), p =>
            p.ToString() == "competencies[1].key: duplicate competency key 'service_orientation' (first used at competencies[0].key)");

        Assert.Equal("competencies[0].indicators[1].feature",
            SingleProblem(model.WithIndicator(0, 0, _ => TestModels.Polite())).Path);
        Assert.Equal("questions[2].id", SingleProblem(model.WithQuestion(2, q => q with { Id = "q1" })).Path);
        var requirement = model.Screening.Knockouts[0];
        Assert.Equal("screening.niceToHaves[0].key",
            SingleProblem(model with { Screening = model.Screening with { NiceToHaves = [requirement] } }).Path);
    }

    [Fact]
    public void Question_pointing_at_an_unknown_competency_is_rejected()
    {
        var problem = SingleProblem(TestModels.Valid().WithQuestion(1, q => q with { CompetencyKey = "teamwork" }));
        Assert.Equal("questions[1].competencyKey: unknown competency 'teamwork'", problem.ToString());
    }

    [Fact]
    public void Question_bank_rules_timing_practice_and_expected_points()
    {
        var model = TestModels.Valid();
        Assert.Equal("questions[1].answerSeconds", SingleProblem(model.WithQuestion(1, q => q with { AnswerSeconds = 0 })).Path);
        Assert.Equal("questions[1].retakes", SingleProblem(model.WithQuestion(1, q => q with { Retakes = -1 })).Path);
        Assert.Equal("questions[2].practice", SingleProblem(model.WithQuestion(2, q => q with { Practice = true })).Path);
        Assert.Equal("questions[1].expectedPoints", SingleProblem(model.WithQuestion(1, q => q with { ExpectedPoints = [] })).Path);
        Assert.Equal("questions[1].expectedPoints[0].terms",
            SingleProblem(model.WithQuestion(1, q => q with { ExpectedPoints = [q.ExpectedPoints[0] with { Terms = [" "] }] })).Path);
    }

    [Fact]
    public void Empty_model_is_rejected()
    {
        var empty = TestModels.Valid() with { JobCode = "", Competencies = [], Questions = [] };

        var paths = CompetencyModelValidator.Validate(empty).Select(p => p.Path).ToList();
        Assert.Equal(["jobCode", "competencies", "questions"], paths);
    }

    [Fact]
    public void Competency_without_indicators_or_only_facial_ones_is_rejected()
    {
        Assert.Equal("competencies[1].indicators: a competency needs at least one indicator",
            SingleProblem(TestModels.Valid().WithCompetency(1, c => c with { Indicators = [] })).ToString());
        var faceOnly = SingleProblem(TestModels.Valid().WithCompetency(0, c => c with { Indicators = [TestModels.Smile()] }));
        Assert.Equal("competencies[0].indicators", faceOnly.Path);
        Assert.Contains("non-facial", faceOnly.Reason);
    }

    [Fact]
    public void Screening_rules_terms_and_experience()
    {
        var model = TestModels.Valid();
        var noTerms = model.Screening with { Knockouts = [model.Screening.Knockouts[0] with { Terms = [] }] };
        Assert.Equal("screening.knockouts[0].terms", SingleProblem(model with { Screening = noTerms }).Path);
        Assert.Equal("screening.minExperienceYears",
            SingleProblem(model with { Screening = model.Screening with { MinExperienceYears = -1 } }).Path);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var model = TestModels.Valid()
            .WithIndicator(0, 0, i => i with { Feature = "smile_rate" })
            .WithCompetency(1, c => c with { Weight = 0, PassThreshold = 120 });

        Assert.Equal(3, CompetencyModelValidator.Validate(model).Count);
    }
}
