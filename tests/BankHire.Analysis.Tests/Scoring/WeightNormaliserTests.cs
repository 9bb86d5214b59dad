using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Scoring.Validation;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class WeightNormaliserTests
{
    [Fact]
    public void Rescales_competency_and_indicator_weights_to_shares_and_says_where()
    {
        var model = TestModels.Valid()
            .WithCompetency(0, c => c with { Weight = 3 })
            .WithCompetency(1, c => c with { Weight = 1 })
            .WithIndicator(1, 0, i => i with { Weight = 2 })
            .WithIndicator(1, 1, i => i with { Weight = 6 });

        var result = WeightNormaliser.Normalise(model);

        Assert.True(result.WeightsNormalised);
        Assert.Equal(["competencies", "competencies[1].indicators"], result.NormalisedPaths);
        Assert.Equal([0.75, 0.25], result.Model.Competencies.Select(c => c.Weight));
        Assert.Equal([0.25, 0.75], result.Model.Competencies[1].Indicators.Select(i => i.Weight));
        Assert.Equal([0.4, 0.6], result.Model.Competencies[0].Indicators.Select(i => i.Weight));
    }

    [Fact]
    public void Leaves_a_normalised_model_alone_and_reports_nothing()
    {
        var model = JobTemplates.Load(JobTemplates.Teller);

        var result = WeightNormaliser.Normalise(model);

        Assert.False(result.WeightsNormalised);
        Assert.Equal(model.Competencies.Select(c => c.Weight), result.Model.Competencies.Select(c => c.Weight));
    }

    [Fact]
    public void Keeps_everything_but_the_weights()
    {
        var model = TestModels.Valid().WithCompetency(0, c => c with { Weight = 2 });

        var result = WeightNormaliser.Normalise(model).Model;

        Assert.Equal(model.Competencies.Select(c => (c.Key, c.PassThreshold)), result.Competencies.Select(c => (c.Key, c.PassThreshold)));
        Assert.Same(model.Questions, result.Questions);
        Assert.Equal(model.Competencies[0].Indicators.Select(i => (i.Feature, i.Target)), result.Competencies[0].Indicators.Select(i => (i.Feature, i.Target)));
        Assert.Empty(CompetencyModelValidator.Validate(result));
    }

    [Fact]
    public void Leaves_a_group_with_no_positive_sum_for_the_validator_to_report()
    {
        var model = TestModels.Valid().WithCompetency(0, c => c with { Weight = -0.4 });

        var result = WeightNormaliser.Normalise(model);

        Assert.False(result.WeightsNormalised);
        Assert.Equal(-0.4, result.Model.Competencies[0].Weight);
    }
}
