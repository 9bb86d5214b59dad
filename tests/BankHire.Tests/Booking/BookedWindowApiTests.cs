using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BankHire.Tests.Api;
using BankHire.Tests.CandidateStatus;

namespace BankHire.Tests.Booking;

/// <summary>The booked window as the candidate's page meets it: a 409 ProblemDetails naming when the interview opens, and the view's window.</summary>
[Collection(ApiCollection.Name)]
public sealed class BookedWindowApiTests(ApiFactory api)
{
    private async Task BookAsync(string job, LiveCandidate live, DateTimeOffset startsAt, DateTimeOffset deadline)
    {
        var slot = await api.Recruiter.PostAsJsonAsync($"/api/jobs/{job}/slots", new { startsAt, durationMinutes = 30, capacity = 5, bookingDeadline = deadline });
        Assert.Equal(HttpStatusCode.Created, slot.StatusCode);
        var slotId = (await slot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await LiveCandidate.OkAsync(await live.PostAsync("/slot", new { slotId }));
    }

    [Fact]
    public async Task A_candidate_who_booked_tomorrow_cannot_start_today_and_is_told_when_and_in_which_zone_it_opens()
    {
        var job = await StatusJob.CreateAsync(api.Recruiter, releaseAfterMinutes: null);
        var live = await StatusJob.InviteAsync(api, job);
        var startsAt = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(1).UtcDateTime.Date.AddHours(1), TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8));
        await BookAsync(job, live, startsAt, startsAt.AddHours(-1));
        await live.ConsentAsync();

        var problem = await ProblemAssert.IsProblemAsync(await live.PostAsync("/start"), HttpStatusCode.Conflict);
        Assert.Equal("notYetOpen", problem.GetProperty("code").GetString());
        Assert.Equal(startsAt.AddMinutes(-15), problem.GetProperty("opensAt").GetDateTimeOffset());
        Assert.Contains($"opens at {startsAt.AddMinutes(-15):yyyy-MM-dd HH:mm} UTC+08:00 (Asia/Shanghai)", ProblemAssert.Detail(problem));
        Assert.Equal("Asia/Shanghai", problem.GetProperty("timeZone").GetString());

        var view = await live.ViewAsync();
        Assert.Equal("Booked", view.GetProperty("status").GetString());
        var window = view.GetProperty("window");
        Assert.Equal(startsAt.AddMinutes(-15), window.GetProperty("opensAt").GetDateTimeOffset());
        Assert.Equal(startsAt.AddMinutes(30), window.GetProperty("latestStartAt").GetDateTimeOffset());
        Assert.Equal(30, window.GetProperty("slotMinutes").GetInt32());
    }

    [Fact]
    public async Task A_job_that_requires_booking_refuses_a_start_without_one_and_opens_as_early_as_its_policy_says()
    {
        var job = await StatusJob.CreateAsync(api.Recruiter, releaseAfterMinutes: null,
            new JsonObject { ["bookingRequired"] = true, ["opensMinutesBefore"] = 120, ["lateStartMinutes"] = 10 });
        var live = await StatusJob.InviteAsync(api, job);
        await live.ConsentAsync();
        Assert.True((await live.ViewAsync()).GetProperty("window").GetProperty("bookingRequired").GetBoolean());

        var unbooked = await ProblemAssert.IsProblemAsync(await live.PostAsync("/start"), HttpStatusCode.Conflict);
        Assert.Equal("bookingRequired", unbooked.GetProperty("code").GetString());

        // An hour ahead is inside this job's two hours' early start (the default 15 minutes would refuse it).
        var startsAt = DateTimeOffset.UtcNow.AddHours(1);
        await BookAsync(job, live, startsAt, startsAt.AddMinutes(-30));
        Assert.Equal("InProgress", (await live.PostOkAsync("/start")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_policy_with_a_window_margin_beyond_a_day_is_refused()
    {
        var model = (await api.Recruiter.GetFromJsonAsync<JsonObject>("/api/job-templates/teller"))!;
        model["policy"]!["interviewWindow"] = new JsonObject { ["opensMinutesBefore"] = 2000 };
        var response = await api.Recruiter.PostAsJsonAsync("/api/jobs", new JsonObject
        {
            ["id"] = $"window-{Guid.NewGuid():N}"[..20], ["model"] = model, ["titleZh"] = "柜员", ["titleEn"] = "Teller", ["branchCode"] = "SH-LJZ",
        });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("interviewWindow.opensMinutesBefore", problem.ToString());
    }
}
