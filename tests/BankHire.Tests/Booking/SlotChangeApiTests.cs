using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Web.CandidatePortal;

namespace BankHire.Tests.Booking;

/// <summary>HR edits and cancels published slots through the API; a cancelled slot's candidate is told and may book again.</summary>
[Collection(ApiCollection.Name)]
public sealed class SlotChangeApiTests(ApiFactory api)
{
    private const string Job = "teller-2027-campus";

    private async Task<JsonElement> PublishAsync(DateTimeOffset starts, int capacity = 2)
    {
        var created = await api.Recruiter.PostAsJsonAsync($"/api/jobs/{Job}/slots",
            new { startsAt = starts, durationMinutes = 30, capacity, bookingDeadline = starts.AddHours(-2), location = "线上" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A new candidate invited by e-mail who books the slot with their token.</summary>
    private async Task<(Guid Candidate, string Token)> BookedCandidateAsync(string slotId)
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "周预约", email = $"{Guid.NewGuid():N}@example.edu.cn", jobId = Job });
        var candidate = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var sent = await (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/invitations", new { channels = new[] { "email" }, language = "zh-CN" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var link = sent.GetProperty("link").GetString()!;
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(token, slotId)).StatusCode);
        return (candidate, token);
    }

    private Task<HttpResponseMessage> BookAsync(string token, string slotId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/candidate/interview/slot") { Content = JsonContent.Create(new { slotId }) };
        request.Headers.Add(CandidatePortalEndpoints.TokenHeader, token);
        return api.NewClient().SendAsync(request);
    }

    [Fact]
    public async Task An_open_slot_is_edited_and_a_booked_one_keeps_its_time_and_seats()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(3);
        var slot = (await PublishAsync(starts)).GetProperty("id").GetString()!;

        var moved = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{Job}/slots/{slot}",
            new { startsAt = starts.AddHours(1), durationMinutes = 45, capacity = 3, bookingDeadline = starts, location = "上海分行 3 楼" });
        var edited = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(45, edited.GetProperty("durationMinutes").GetInt32());
        Assert.Equal("上海分行 3 楼", edited.GetProperty("location").GetString());

        await BookedCandidateAsync(slot);
        var retimed = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{Job}/slots/{slot}",
            new { startsAt = starts.AddHours(2), durationMinutes = 45, capacity = 3, bookingDeadline = starts });
        Assert.Equal("startsAt", (await ProblemAssert.IsProblemAsync(retimed, HttpStatusCode.Conflict)).GetProperty("field").GetString());
        var shrunk = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{Job}/slots/{slot}",
            new { startsAt = starts.AddHours(1), durationMinutes = 45, capacity = 0, bookingDeadline = starts });
        Assert.Equal("capacity", (await ProblemAssert.IsProblemAsync(shrunk, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        var grown = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{Job}/slots/{slot}",
            new { startsAt = starts.AddHours(1), durationMinutes = 45, capacity = 10, bookingDeadline = starts.AddMinutes(30) });
        Assert.Equal(HttpStatusCode.OK, grown.StatusCode);
        Assert.Equal(1, (await grown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("booked").GetInt32());
    }

    [Fact]
    public async Task Cancelling_a_booked_slot_tells_the_candidate_and_lets_them_book_again()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(4);
        var slot = (await PublishAsync(starts)).GetProperty("id").GetString()!;
        var (candidate, token) = await BookedCandidateAsync(slot);

        var bookings = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/jobs/{Job}/slots/{slot}/bookings");
        var booking = Assert.Single(bookings.EnumerateArray());
        Assert.Equal("周预约", booking.GetProperty("fullName").GetString());
        Assert.Equal(candidate, booking.GetProperty("candidateId").GetGuid());

        var cancelled = await api.Recruiter.DeleteAsync($"/api/jobs/{Job}/slots/{slot}");
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(1, (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidatesTold").GetInt32());

        var slots = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/jobs/{Job}/slots");
        Assert.DoesNotContain(slots.EnumerateArray(), s => s.GetProperty("id").GetString() == slot);
        Assert.Equal("Invited", (await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}")).GetProperty("stage").GetString());
        var deliveries = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}/invitations");
        var told = Assert.Single(deliveries.EnumerateArray(), d => d.GetProperty("kind").GetString() == "SlotCancelled");
        Assert.Equal("Email", told.GetProperty("channel").GetString());

        var again = (await PublishAsync(starts.AddDays(1))).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(token, again)).StatusCode);
        Assert.Equal("Booked", (await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}")).GetProperty("stage").GetString());
        await ProblemAssert.IsProblemAsync(await api.Recruiter.DeleteAsync($"/api/jobs/{Job}/slots/{slot}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"startsAt": "2020-01-01T00:00:00Z", "durationMinutes": 30, "capacity": 1, "bookingDeadline": "2019-12-31T00:00:00Z"}""", "startsAt")]
    [InlineData("""{"startsAt": "2099-01-01T00:00:00Z", "durationMinutes": 3, "capacity": 1, "bookingDeadline": "2098-12-31T00:00:00Z"}""", "durationMinutes")]
    [InlineData("""{"startsAt": "2099-01-01T00:00:00Z", "durationMinutes": 30, "capacity": 1, "bookingDeadline": "2099-01-02T00:00:00Z"}""", "bookingDeadline")]
    public async Task A_bad_edit_is_a_400_problem_naming_the_field(string json, string field)
    {
        var slot = (await PublishAsync(DateTimeOffset.UtcNow.AddDays(5))).GetProperty("id").GetString();
        var response = await api.Recruiter.PutAsync($"/api/jobs/{Job}/slots/{slot}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(field, (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Auditors_and_interviewers_may_not_change_slots_or_see_who_booked_and_unknown_slots_are_404()
    {
        var slot = (await PublishAsync(DateTimeOffset.UtcNow.AddDays(6))).GetProperty("id").GetString();
        foreach (var client in new[] { api.Auditor, api.Interviewer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/jobs/{Job}/slots/{slot}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/jobs/{Job}/slots/{slot}/bookings")).StatusCode);
        }
        await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/jobs/{Job}/slots/slot-404040/bookings"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.DeleteAsync($"/api/jobs/no-such-job/slots/{slot}"), HttpStatusCode.NotFound);
    }
}
