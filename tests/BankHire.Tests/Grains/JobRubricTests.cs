using BankHire.Indexes;
using BankHire.Jobs;

namespace BankHire.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class JobRubricTests(ClusterFixture fixture)
{
    private static readonly JobPosting Posting = new("综合柜员", "Teller", "teller", "SH-LJZ", 10, JobStatus.Open);

    [Fact]
    public async Task A_revision_makes_a_new_version_and_keeps_the_old_one()
    {
        var id = $"teller-{Guid.NewGuid():N}"[..20];
        var grain = fixture.Grains.GetGrain<IJobRubricGrain>(id);
        var created = await grain.CreateAsync(Posting, """{"v":1}""", "hr");
        var revised = await grain.ReviseAsync("""{"v":2}""", "hr.wang", "raise the smile target");

        Assert.Equal(1, created.Rubric.Version);
        Assert.Equal(2, revised.Version);
        Assert.Equal("""{"v":1}""", (await grain.GetVersionAsync(1))!.ModelJson);
        Assert.Equal(2, (await grain.GetAsync())!.Rubric.Version);
        Assert.Equal([1, 2], (await grain.ListVersionsAsync()).Select(v => v.Version));
        Assert.Contains(id, await fixture.Grains.GetGrain<IIndexGrain>(IndexKeys.Jobs).ListAsync());
    }

    [Fact]
    public async Task An_unchanged_model_does_not_make_a_version()
    {
        var grain = fixture.Grains.GetGrain<IJobRubricGrain>($"job-{Guid.NewGuid():N}"[..20]);
        await grain.CreateAsync(Posting, """{"v":1}""", "hr");

        var same = await grain.ReviseAsync("""{"v":1}""", "hr", null);

        Assert.Equal(1, same.Version);
        Assert.Equal(1, (await grain.GetAsync())!.VersionCount);
    }

    [Fact]
    public async Task Revising_a_job_that_does_not_exist_is_refused()
    {
        var grain = fixture.Grains.GetGrain<IJobRubricGrain>($"nope-{Guid.NewGuid():N}"[..20]);
        await Assert.ThrowsAsync<JobNotFoundException>(() => grain.ReviseAsync("{}", "hr", null).AsTask());
        Assert.Null(await grain.GetAsync());
    }

    [Fact]
    public async Task The_posting_can_be_updated_without_touching_the_model()
    {
        var grain = fixture.Grains.GetGrain<IJobRubricGrain>($"job-{Guid.NewGuid():N}"[..20]);
        await grain.CreateAsync(Posting, """{"v":1}""", "hr");
        var updated = await grain.UpdatePostingAsync(Posting with { Openings = 25, Status = JobStatus.Closed }, "hr");

        Assert.Equal(25, updated.Posting.Openings);
        Assert.Equal(JobStatus.Closed, updated.Posting.Status);
        Assert.Equal(1, updated.Rubric.Version);
    }
}
