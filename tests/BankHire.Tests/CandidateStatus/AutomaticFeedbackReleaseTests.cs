using BankHire.Tests.Api;
using BankHire.Tests.Support;

namespace BankHire.Tests.CandidateStatus;

/// <summary>
/// A job whose policy releases feedback one minute after the report is ready: the scoring grain's durable reminder
/// releases it with no HR action; a job with the setting off keeps it back. Real time: the reminder's minute passes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AutomaticFeedbackReleaseTests(ApiFactory api)
{
    [Fact]
    public async Task Feedback_is_released_a_minute_after_the_report_where_the_job_allows_it_and_not_otherwise()
    {
        var automatic = await StatusJob.InviteAsync(api, await StatusJob.CreateAsync(api.Recruiter, releaseAfterMinutes: 1), "自动发布");
        var manual = await StatusJob.InviteAsync(api, await StatusJob.CreateAsync(api.Recruiter, releaseAfterMinutes: null), "人工发布");
        await StatusJob.CompleteAsync(automatic);
        await StatusJob.CompleteAsync(manual);

        var ready = await Eventually.ReturnsAsync(() => StatusJob.StatusAsync(automatic), s => s.GetProperty("reportReady").GetBoolean(),
            TimeSpan.FromSeconds(90), "the automatic job's report");
        Assert.False(ready.GetProperty("feedback").GetProperty("released").GetBoolean()); // not at once: a minute later
        await Eventually.ReturnsAsync(() => StatusJob.StatusAsync(manual), s => s.GetProperty("reportReady").GetBoolean(),
            TimeSpan.FromSeconds(90), "the manual job's report");

        var released = await Eventually.ReturnsAsync(() => StatusJob.StatusAsync(automatic),
            s => s.GetProperty("feedback").GetProperty("released").GetBoolean(), TimeSpan.FromMinutes(3), "the automatic release");
        Assert.NotEmpty(released.GetProperty("feedback").GetProperty("competencies").EnumerateArray());
        var feedback = await LiveCandidate.OkAsync(await automatic.SendAsync(HttpMethod.Get, "/api/candidate/interview/feedback"));
        Assert.True(feedback.GetProperty("released").GetBoolean());

        // Completed at the same time, its report as old: without the setting it waits for HR.
        Assert.False((await StatusJob.StatusAsync(manual)).GetProperty("feedback").GetProperty("released").GetBoolean());
    }
}
