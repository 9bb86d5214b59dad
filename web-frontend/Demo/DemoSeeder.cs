using BankHire.Analysis.Scoring.Templates;
using BankHire.Banks;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Web.Jobs;

namespace BankHire.Web.Demo;

/// <summary>Seeds the demo bank once (BankHire:Demo:Seed). The bank profile is written last: it marks the seed as done.</summary>
internal sealed class DemoSeeder(IGrainFactory grains, DemoCohort cohort, ILogger<DemoSeeder> logger)
{
    private const string Actor = "demo-seed";

    public async Task SeedAsync(CancellationToken ct)
    {
        var bank = grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey);
        if (await bank.GetAsync() is not null) return;
        foreach (var job in DemoBank.Jobs)
        {
            var admitted = CompetencyModelGate.Admit(JobTemplates.Load(job.TemplateCode), "model");
            var posting = new JobPosting(admitted.Model.TitleZh, admitted.Model.TitleEn, job.TemplateCode, job.BranchCode, job.Openings, JobStatus.Open);
            await grains.GetGrain<IJobRubricGrain>(job.Id).CreateAsync(posting, admitted.Json, Actor);
        }
        foreach (var demo in DemoBank.Candidates)
        {
            ct.ThrowIfCancellationRequested();
            await SeedCandidateAsync(demo);
        }
        await cohort.SeedAsync(ct);
        await bank.SetAsync(DemoBank.Profile);
        logger.LogInformation("Seeded the demo bank: {Jobs} jobs, {Candidates} candidates, {Hires} hires with months of attendance and reviews", DemoBank.Jobs.Count, DemoBank.Candidates.Count, DemoCohort.Size);
    }

    private async Task SeedCandidateAsync(DemoBank.DemoCandidate demo)
    {
        var id = DemoBank.CandidateId(demo);
        var grain = grains.GetGrain<ICandidateGrain>(id);
        var candidate = await grain.CreateAsync(
            new CandidateApplication(new CandidateContact(demo.Name, demo.Email, null), demo.JobId, demo.School, demo.Major, 2027, "campus-fair"), Actor);
        foreach (var stage in DemoBank.PathTo(demo.Stage))
        {
            if (PipelineRules.CanMove(candidate.Stage, stage)) candidate = await grain.MoveToAsync(stage, Actor, "demo data");
        }
    }
}
