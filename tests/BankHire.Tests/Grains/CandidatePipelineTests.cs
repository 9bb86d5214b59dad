using BankHire.Candidates;
using BankHire.Indexes;

namespace BankHire.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class CandidatePipelineTests(ClusterFixture fixture)
{
    private static CandidateApplication Application(string jobId) =>
        new(new CandidateContact("王小明", "wang@example.cn", "13800000000"), jobId, "上海财经大学", "金融学", 2027, "test");

    [Fact]
    public async Task A_new_candidate_is_applied_and_listed_under_the_job()
    {
        var jobId = $"job-{Guid.NewGuid():N}";
        var id = Guid.NewGuid();
        var created = await fixture.Grains.GetGrain<ICandidateGrain>(id).CreateAsync(Application(jobId), "recruiter");

        Assert.Equal(CandidateStage.Applied, created.Stage);
        Assert.Contains(id.ToString(), await fixture.Grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync());
    }

    [Fact]
    public async Task Creating_twice_keeps_the_first_candidate()
    {
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(Guid.NewGuid());
        var first = await grain.CreateAsync(Application("job-a"), "recruiter");
        var second = await grain.CreateAsync(Application("job-b"), "recruiter");

        Assert.Equal("job-a", second.Application.JobId);
        Assert.Equal(first.CreatedAt, second.CreatedAt);
    }

    [Fact]
    public async Task The_whole_pipeline_to_hired_is_recorded_with_actor_and_reason()
    {
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(Guid.NewGuid());
        await grain.CreateAsync(Application("job-p"), "recruiter");
        CandidateStage[] path = [CandidateStage.Screened, CandidateStage.Invited, CandidateStage.Booked, CandidateStage.Interviewing,
            CandidateStage.Completed, CandidateStage.SecondRound, CandidateStage.Offer, CandidateStage.Hired];
        foreach (var stage in path) await grain.MoveToAsync(stage, "hr.li", $"to {stage}");

        var hired = (await grain.GetAsync())!;
        Assert.Equal(CandidateStage.Hired, hired.Stage);
        Assert.Equal(path, hired.History.Skip(1).Select(h => h.To));
        Assert.All(hired.History.Skip(1), h => Assert.Equal("hr.li", h.Actor));
        Assert.Equal("to Offer", hired.History[^2].Reason);
    }

    [Fact]
    public async Task A_move_the_pipeline_does_not_allow_is_refused_and_names_the_allowed_stages()
    {
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(Guid.NewGuid());
        await grain.CreateAsync(Application("job-q"), "recruiter");

        var refused = await Assert.ThrowsAsync<PipelineException>(() => grain.MoveToAsync(CandidateStage.Hired, "hr", null).AsTask());
        Assert.Contains("Screened", refused.Message);
        Assert.Equal("stage", refused.Field);
        Assert.Equal(CandidateStage.Applied, (await grain.GetAsync())!.Stage);
    }

    [Fact]
    public async Task Final_stages_allow_no_further_move()
    {
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(Guid.NewGuid());
        await grain.CreateAsync(Application("job-r"), "recruiter");
        await grain.MoveToAsync(CandidateStage.Rejected, "hr", "not a fit");

        await Assert.ThrowsAsync<PipelineException>(() => grain.MoveToAsync(CandidateStage.Screened, "hr", null).AsTask());
    }

    [Fact]
    public async Task State_survives_deactivation_because_it_is_read_back_from_the_store()
    {
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(Guid.NewGuid());
        await grain.CreateAsync(Application("job-s"), "recruiter");
        await grain.UpdateAsync(new CandidateUpdate(null, null, "精算学", null, "strong numeracy"), "hr");

        await fixture.Cluster.DeactivateAsync(grain);

        var reloaded = (await grain.GetAsync())!;
        Assert.Equal("精算学", reloaded.Application.Major);
        Assert.Equal("strong numeracy", reloaded.Notes);
        Assert.Equal("王小明", reloaded.Application.Contact.FullName);
    }

    [Fact]
    public async Task Updating_a_candidate_that_does_not_exist_is_refused()
    {
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(Guid.NewGuid());
        await Assert.ThrowsAsync<PipelineException>(() => grain.UpdateAsync(new CandidateUpdate(null, "x", null, null, null), "hr").AsTask());
    }
}
