using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Validation;

namespace BankHire.Analysis.Tests.Scoring;

/// <summary>The job's automatic feedback release: off by default, at once, or N minutes after the report is ready.</summary>
public sealed class FeedbackReleasePolicyTests
{
    private static readonly DateTimeOffset Ready = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Off_by_default_only_hr_releases()
    {
        Assert.Null(TestModels.Valid().Policy.FeedbackReleaseAt(Ready));
    }

    [Fact]
    public void Automatic_without_a_delay_releases_with_the_report()
    {
        var policy = TestModels.Valid().Policy with { ReleaseFeedbackAutomatically = true };
        Assert.Equal(Ready, policy.FeedbackReleaseAt(Ready));
    }

    [Fact]
    public void Automatic_with_a_delay_releases_that_many_minutes_later()
    {
        var policy = TestModels.Valid().Policy with { ReleaseFeedbackAutomatically = true, ReleaseFeedbackAfterMinutes = 15 };
        Assert.Equal(Ready.AddMinutes(15), policy.FeedbackReleaseAt(Ready));
        Assert.Empty(CompetencyModelValidator.Validate(TestModels.Valid() with { Policy = policy }));
    }

    [Fact]
    public void A_delay_without_automatic_release_or_out_of_range_is_refused_with_its_path()
    {
        var model = TestModels.Valid();
        var orphan = Assert.Single(CompetencyModelValidator.Validate(model with { Policy = model.Policy with { ReleaseFeedbackAfterMinutes = 5 } }));
        Assert.Equal("policy.releaseFeedbackAfterMinutes", orphan.Path);
        Assert.Contains("releaseFeedbackAutomatically", orphan.Reason);

        var negative = Assert.Single(CompetencyModelValidator.Validate(model with
        {
            Policy = model.Policy with { ReleaseFeedbackAutomatically = true, ReleaseFeedbackAfterMinutes = -1 },
        }));
        Assert.Equal("policy.releaseFeedbackAfterMinutes", negative.Path);
    }

    [Fact]
    public void The_delay_is_left_out_of_the_json_when_not_set_so_existing_models_keep_their_text()
    {
        var model = TestModels.Valid();
        Assert.DoesNotContain("releaseFeedbackAfterMinutes", CompetencyModelJson.Serialize(model));

        var delayed = model with { Policy = model.Policy with { ReleaseFeedbackAutomatically = true, ReleaseFeedbackAfterMinutes = 1 } };
        var json = CompetencyModelJson.Serialize(delayed);
        Assert.Contains("\"releaseFeedbackAfterMinutes\": 1", json);
        Assert.Equal(1, CompetencyModelJson.Deserialize(json).Policy.ReleaseFeedbackAfterMinutes);
    }
}
