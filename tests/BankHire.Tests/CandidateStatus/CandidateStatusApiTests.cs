using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Tests.Support;
using BankHire.Web.CandidatePortal;

namespace BankHire.Tests.CandidateStatus;

/// <summary>GET /api/candidate/status walks with the candidate: invited, booked, completed, released, decided.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateStatusApiTests(ApiFactory api)
{
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_status_follows_booking_completion_release_and_hr_decisions_without_showing_scores_early()
    {
        var job = await StatusJob.CreateAsync(api.Recruiter, releaseAfterMinutes: null);
        var live = await StatusJob.InviteAsync(api, job);

        var invited = await StatusJob.StatusAsync(live);
        Assert.Equal("韩梅梅", invited.GetProperty("candidateName").GetString());
        Assert.Equal("综合柜员（进度测试）", invited.GetProperty("jobTitleZh").GetString());
        Assert.Equal(("Invited", "Book"), (invited.GetProperty("stage").GetString(), invited.GetProperty("nextStep").GetString()));
        Assert.True(invited.GetProperty("canBook").GetBoolean());
        Assert.Equal(JsonValueKind.Null, invited.GetProperty("booking").ValueKind);
        Assert.False(invited.GetProperty("feedback").GetProperty("released").GetBoolean());

        // Soon enough that the interview may start right after booking (the window opens 15 minutes before the slot).
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(10);
        var slot = await api.Recruiter.PostAsJsonAsync($"/api/jobs/{job}/slots",
            new { startsAt, durationMinutes = 30, capacity = 5, bookingDeadline = startsAt.AddMinutes(-5), location = "线上" });
        Assert.Equal(HttpStatusCode.Created, slot.StatusCode);
        var slotId = (await slot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/slot", JsonContent.Create(new { slotId })));

        var booked = await StatusJob.StatusAsync(live);
        Assert.Equal(("Booked", "StartInterview"), (booked.GetProperty("stage").GetString(), booked.GetProperty("nextStep").GetString()));
        var booking = booked.GetProperty("booking");
        Assert.Equal(startsAt.ToUnixTimeSeconds(), booking.GetProperty("startsAt").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal(30, booking.GetProperty("durationMinutes").GetInt32());
        Assert.Equal("线上", booking.GetProperty("location").GetString());

        await StatusJob.CompleteAsync(live);
        var completed = await Eventually.ReturnsAsync(() => StatusJob.StatusAsync(live), s => s.GetProperty("reportReady").GetBoolean(), ScoringTimeout, "the report");
        Assert.Equal(("Completed", "WaitForResult"), (completed.GetProperty("stage").GetString(), completed.GetProperty("nextStep").GetString()));
        Assert.False(completed.GetProperty("canBook").GetBoolean());
        // HR has not released it: nothing of the report reaches the candidate.
        Assert.False(completed.GetProperty("feedback").GetProperty("released").GetBoolean());
        Assert.Empty(completed.GetProperty("feedback").GetProperty("competencies").EnumerateArray());
        var raw = completed.ToString();
        Assert.DoesNotContain("recommendation\":\"", raw);
        Assert.DoesNotContain("notes", raw, StringComparison.OrdinalIgnoreCase);

        (await api.Recruiter.PostAsync($"/api/interviews/{live.InterviewId}/feedback/release", null)).EnsureSuccessStatusCode();
        var released = (await StatusJob.StatusAsync(live)).GetProperty("feedback");
        Assert.True(released.GetProperty("released").GetBoolean());
        Assert.Contains(released.GetProperty("competencies").EnumerateArray(), c => c.GetProperty("score").ValueKind == JsonValueKind.Number);
        Assert.Equal(JsonValueKind.Null, released.GetProperty("overallScore").ValueKind);

        await MoveAsync(live, "SecondRound", "面试表现好（HR 内部备注）");
        var second = await StatusJob.StatusAsync(live);
        Assert.Equal(("SecondRound", "WaitForHr"), (second.GetProperty("stage").GetString(), second.GetProperty("nextStep").GetString()));
        await MoveAsync(live, "Rejected", "名额已满（HR 内部备注）");
        var rejected = await StatusJob.StatusAsync(live);
        Assert.Equal(("NotSelected", "None"), (rejected.GetProperty("stage").GetString(), rejected.GetProperty("nextStep").GetString()));
        Assert.DoesNotContain("HR 内部备注", rejected.ToString());
        Assert.True(rejected.GetProperty("feedback").GetProperty("released").GetBoolean());
    }

    [Fact]
    public async Task A_missing_or_forged_token_is_refused_with_a_reason()
    {
        var missing = await ProblemAssert.IsProblemAsync(await api.NewClient().GetAsync("/api/candidate/status"), HttpStatusCode.Unauthorized);
        Assert.Equal(CandidatePortalEndpoints.TokenHeader, missing.GetProperty("field").GetString());

        var live = await LiveCandidate.InvitedAsync(api);
        var forged = live with { Token = live.Token[..^4] + (live.Token.EndsWith("AAAA") ? "BBBB" : "AAAA") };
        var problem = await ProblemAssert.IsProblemAsync(await forged.SendAsync(HttpMethod.Get, "/api/candidate/status"), HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", ProblemAssert.Detail(problem));
    }

    private async Task MoveAsync(LiveCandidate live, string stage, string reason) =>
        (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{live.CandidateId}/stage", new { stage, reason })).EnsureSuccessStatusCode();
}
