using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.TalentPool;
using BankHire.Tests.Grains;
using BankHire.Tests.Support;

namespace BankHire.Tests.TalentPool;

/// <summary>The pool index on the real embedded store: fed by candidate changes, searchable, rebuilt after deactivation.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TalentPoolGrainTests(ClusterFixture fixture)
{
    private ITalentPoolGrain Pool => fixture.Grains.GetGrain<ITalentPoolGrain>(ITalentPoolGrain.Key);

    private async Task<string> NewJobAsync()
    {
        var id = $"pool-{Guid.NewGuid():N}"[..20];
        await fixture.Grains.GetGrain<IJobRubricGrain>(id).CreateAsync(new JobPosting("柜员", "Teller", "teller", null, 1, JobStatus.Open), "{}", "hr");
        return id;
    }

    private async Task<Guid> ScreenedAsync(string jobId, string name, double score, params string[] skills)
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(id);
        await grain.CreateAsync(new CandidateApplication(new CandidateContact(name, null, null), jobId, null, null, null, "resume:" + name + ".txt"), "hr");
        await grain.RecordScreeningAsync(new ResumeScreening(jobId, 1, score, false, false, [], [name + ".txt"], [], fixture.Clock.GetUtcNow(), [.. skills]), "hr");
        return id;
    }

    private Task<TalentPoolPage> EventuallyAsync(TalentQuery query, Func<TalentPoolPage, bool> until, string what) =>
        Eventually.ReturnsAsync(() => Pool.SearchAsync(query).AsTask(), until, TimeSpan.FromSeconds(20), what);

    private static TalentApplication Application(TalentPoolPage page, Guid candidateId) =>
        page.People.SelectMany(p => p.Applications).Single(a => a.Record.CandidateId == candidateId);

    [Fact]
    public async Task Every_candidate_change_reaches_the_pool_and_the_unhired_best_tenth_of_each_job_is_flagged()
    {
        var teller = await NewJobAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++) ids.Add(await ScreenedAsync(teller, $"柜员{i:D2}", 40 + 5 * i, i % 2 == 0 ? "Python" : "现金业务"));
        var analyst = await NewJobAsync();
        var only = await ScreenedAsync(analyst, "分析师", 30, "SQL");

        // Twelve candidates: the best ⌈1.2⌉ = 2 (95 and 90) are the top tenth.
        var page = await EventuallyAsync(new TalentQuery(JobId: teller), p => p.Total == 12, "the teller job's twelve candidates");
        Assert.Equal([ids[11], ids[10]], page.People.Where(p => p.Flagged).Select(p => p.Applications[0].Record.CandidateId));
        Assert.Equal(95, page.People[0].BestScore);
        Assert.Equal<string>(["Python"], page.People.Single(p => p.Name == "柜员10").Skills);

        // The best is hired: still the best, no longer flagged; the cut does not move down to a third.
        var best = fixture.Grains.GetGrain<ICandidateGrain>(ids[11]);
        foreach (var stage in new[] { CandidateStage.Invited, CandidateStage.Booked, CandidateStage.Interviewing, CandidateStage.Completed, CandidateStage.Offer, CandidateStage.Hired })
            await best.MoveToAsync(stage, "hr", null);
        page = await EventuallyAsync(new TalentQuery(JobId: teller),
            p => Application(p, ids[11]).Record.Stage == CandidateStage.Hired, "the hire in the pool");
        Assert.False(Application(page, ids[11]).TopTenPercent);
        Assert.True(Application(page, ids[10]).TopTenPercent);
        Assert.False(Application(page, ids[9]).TopTenPercent);
        Assert.Equal([ids[10]], (await Pool.SearchAsync(new TalentQuery(JobId: teller, FlaggedOnly: true))).People.Select(p => p.PersonId));

        // Jobs are ranked apart: the analyst job's only candidate is its top tenth, but 30 on the resume is below the pass mark for a second look.
        var analystPage = await EventuallyAsync(new TalentQuery(JobId: analyst), p => p.Total == 1, "the analyst");
        Assert.False(analystPage.People.Single().Flagged);

        // Rejected: no longer worth a second look, and the badge goes with it.
        await fixture.Grains.GetGrain<ICandidateGrain>(ids[10]).MoveToAsync(CandidateStage.Rejected, "hr", "not this round");
        page = await EventuallyAsync(new TalentQuery(JobId: teller), p => Application(p, ids[10]).Record.Stage == CandidateStage.Rejected, "the rejection in the pool");
        Assert.False(Application(page, ids[10]).TopTenPercent);
        Assert.Empty((await Pool.SearchAsync(new TalentQuery(JobId: teller, FlaggedOnly: true))).People);

        var python = await Pool.SearchAsync(new TalentQuery(Text: "python", JobId: teller));
        Assert.Equal(6, python.Total);
        Assert.All(python.People, p => Assert.Contains("Python", p.Skills));
        Assert.Equal(["柜员07"], (await Pool.SearchAsync(new TalentQuery(Text: "柜员07"))).People.Select(p => p.Name));
        Assert.Equal(3, (await Pool.SearchAsync(new TalentQuery(JobId: teller, MinScore: 85))).Total);
        Assert.Equal([ids[11]], (await Pool.SearchAsync(new TalentQuery(JobId: teller, Stage: CandidateStage.Hired))).People.Select(p => p.PersonId));
        Assert.Equal(2, (await Pool.SearchAsync(new TalentQuery(JobId: teller, Skip: 10, Take: 5))).People.Length);
    }

    [Fact]
    public async Task After_deactivation_the_pool_is_rebuilt_from_the_candidates()
    {
        var job = await NewJobAsync();
        var id = await ScreenedAsync(job, "重建", 77, "Java");
        await EventuallyAsync(new TalentQuery(JobId: job), p => p.Total == 1, "the candidate");

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await Eventually.ReturnsAsync(async () =>
            {
                await management.DeactivateGrain(Pool.GetGrainId());
                return await management.GetActiveGrains(GrainType.Create("talent-pool"));
            },
            active => active.Count == 0, TimeSpan.FromSeconds(20), "the pool deactivated");

        // Nothing changed since: the new activation knows the candidate only by reading every job's candidates.
        var rebuilt = await Pool.SearchAsync(new TalentQuery(JobId: job));
        var record = Assert.Single(rebuilt.People).Applications.Single().Record;
        Assert.Equal((id, 77.0, "Java"), (record.CandidateId, record.ScreeningScore!.Value, record.Skills.Single()));
    }
}
