using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Tests.Grains;

namespace BankHire.Tests.TalentPool;

/// <summary>The AI interview's suggestion is kept on the candidate with the job's cut-offs; HR's decision beside it, overrides with a reason.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CandidateDecisionGrainTests(ClusterFixture fixture)
{
    private async Task<ICandidateGrain> CandidateForJobAsync(double priorityHire, double secondRound)
    {
        var template = JobTemplates.Load("teller");
        var model = template with { Policy = template.Policy with { PriorityHireCutoff = priorityHire, SecondRoundCutoff = secondRound } };
        var jobId = $"decide-{Guid.NewGuid():N}"[..20];
        await fixture.Grains.GetGrain<IJobRubricGrain>(jobId).CreateAsync(
            new JobPosting("柜员", "Teller", "teller", null, 1, JobStatus.Open), CompetencyModelJson.Serialize(model), "hr");
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(Guid.NewGuid());
        await grain.CreateAsync(new CandidateApplication(new CandidateContact("决定", null, null), jobId, null, null, null, "test"), "hr");
        return grain;
    }

    private InterviewReportSummary Report(double? overall, string recommendation) =>
        new(Guid.NewGuid(), 1, overall, recommendation, fixture.Clock.GetUtcNow());

    [Fact]
    public async Task The_suggestion_is_kept_with_the_jobs_cut_offs_who_when_and_why()
    {
        var candidate = await CandidateForJobAsync(priorityHire: 85, secondRound: 65);
        var report = Report(72.5, "SecondRound");

        await candidate.AttachInterviewReportAsync(report);

        var suggestion = (await candidate.GetAsync())!.Suggestion!;
        Assert.Equal(HiringVerdict.SecondRound, suggestion.Verdict);
        Assert.Equal((85.0, 65.0, 72.5), (suggestion.PriorityHireCutoff, suggestion.SecondRoundCutoff, suggestion.OverallScore));
        Assert.Equal(("ai:rubric-v1", report.ScoredAt, report.InterviewId), (suggestion.Actor, suggestion.At, suggestion.InterviewId));
        Assert.Equal("AI 面试总分 72.5，建议复试（本岗位优先录用线 85，复试线 65；能力模型第 1 版）", suggestion.ReasonZh);
        Assert.Contains("priority hire ≥ 85, second round ≥ 65", suggestion.ReasonEn);

        // A later report that could not be scored leaves nothing to suggest.
        await candidate.AttachInterviewReportAsync(Report(null, "NotScorable"));
        Assert.Null((await candidate.GetAsync())!.Suggestion);
    }

    [Fact]
    public async Task Hr_decides_beside_the_ai_and_an_override_needs_a_reason()
    {
        var candidate = await CandidateForJobAsync(80, 60);
        var early = await Assert.ThrowsAsync<PipelineException>(() => candidate.DecideAsync(HiringVerdict.Reject, "hr", "no").AsTask());
        Assert.Equal("decision", early.Field);

        await candidate.AttachInterviewReportAsync(Report(83, "PriorityHire"));
        var unexplained = await Assert.ThrowsAsync<PipelineException>(() => candidate.DecideAsync(HiringVerdict.Reject, "hr", null).AsTask());
        Assert.Equal("reason", unexplained.Field);

        var agreed = (await candidate.DecideAsync(HiringVerdict.PriorityHire, "lin", null)).Decision!;
        Assert.Equal((HiringVerdict.PriorityHire, "lin", HiringVerdict.PriorityHire, false), (agreed.Verdict, agreed.Actor, agreed.AiVerdict, agreed.OverridesAi));
        await candidate.DecideAsync(HiringVerdict.PriorityHire, "lin", null);   // the same again: not a second decision

        var overridden = (await candidate.DecideAsync(HiringVerdict.SecondRound, "zhao", "想再看看数字能力 numeracy to be checked")).Decision!;
        Assert.True(overridden.OverridesAi);
        Assert.Equal("想再看看数字能力 numeracy to be checked", overridden.Reason);

        var history = await candidate.GetDecisionsAsync();
        Assert.Equal(["lin", "zhao"], history.Select(d => d.Actor));
        Assert.Equal(HiringVerdict.PriorityHire, (await candidate.GetAsync())!.Suggestion!.Verdict);
    }
}
