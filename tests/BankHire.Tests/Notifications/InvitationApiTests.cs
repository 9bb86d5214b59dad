using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Web.CandidatePortal;

namespace BankHire.Tests.Notifications;

/// <summary>Invitations, deliveries, QR code, templates and booking through the API (no SMTP configured here: e-mail fails visibly).</summary>
[Collection(ApiCollection.Name)]
public sealed class InvitationApiTests(ApiFactory api)
{
    private const string Job = "teller-2027-campus";

    private async Task<Guid> NewCandidateAsync()
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates",
            new { fullName = "林一", email = $"{Guid.NewGuid():N}@example.edu.cn", jobId = Job });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Sending_invites_the_candidate_and_records_the_delivery()
    {
        var candidate = await NewCandidateAsync();
        var sent = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/invitations", new { channels = new[] { "email" }, language = "en" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var body = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/status.html#token=", body.GetProperty("link").GetString());
        var delivery = Assert.Single(body.GetProperty("deliveries").EnumerateArray());
        Assert.Equal("Email", delivery.GetProperty("channel").GetString());
        Assert.Equal("Failed", delivery.GetProperty("status").GetString());
        Assert.Contains("not configured", delivery.GetProperty("lastError").GetString());

        var again = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/invitations", new { channels = new[] { "email" }, language = "zh-CN" });
        Assert.Equal(body.GetProperty("interviewId").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interviewId").GetGuid());

        var list = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}/invitations");
        Assert.Equal(2, list.GetArrayLength());
        // The deliveries name the candidate's contact channels: need-to-know keeps them from auditors.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Auditor.GetAsync($"/api/candidates/{candidate}/invitations")).StatusCode);

        // The QR holds the candidate's link, so it is in the e-mail only, never served to HR.
        var qr = await api.Recruiter.GetAsync($"/api/interviews/{body.GetProperty("interviewId").GetGuid()}/qr.png");
        await ProblemAssert.IsProblemAsync(qr, HttpStatusCode.Gone);
    }

    [Theory]
    [InlineData("""{"channels": []}""", "channels")]
    [InlineData("""{"channels": ["email"], "language": "fr"}""", "language")]
    [InlineData("""{"channels": ["sms"]}""", "channels")]
    [InlineData("""{"channels": ["email"], "expiresInDays": 0}""", "expiresInDays")]
    public async Task Bad_invitation_requests_are_400_problems_naming_the_field(string json, string field)
    {
        var candidate = await NewCandidateAsync(); // no phone: SMS is refused
        var response = await api.Recruiter.PostAsync($"/api/candidates/{candidate}/invitations", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_channel_is_a_400_problem()
    {
        var candidate = await NewCandidateAsync();
        var response = await api.Recruiter.PostAsync($"/api/candidates/{candidate}/invitations",
            new StringContent("""{"channels": ["pigeon"]}""", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Templates_default_per_language_are_replaced_validated_and_previewed()
    {
        var job = (await (await api.Recruiter.PostAsJsonAsync("/api/jobs", new { templateCode = "teller" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var defaults = await api.Auditor.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}/invitation-templates");
        Assert.Equal(6, defaults.GetArrayLength());
        Assert.All(defaults.EnumerateArray(), t => Assert.False(t.GetProperty("custom").GetBoolean()));

        var bad = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{job}/invitation-templates", new
        {
            templates = new[] { new { kind = "Invitation", language = "en", subject = "Hi {firstName}", body = "{link}", shortText = "{link}" } },
        });
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.Equal("templates[0].subject", problem.GetProperty("field").GetString());
        Assert.Contains("{firstName}", ProblemAssert.Detail(problem));

        var good = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{job}/invitation-templates", new
        {
            templates = new[] { new { kind = "Invitation", language = "en", subject = "{bankName}: {jobTitle} for {candidateName}", body = "Open {link} by {expiresAt}", shortText = "{link}" } },
        });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Single((await good.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(), t => t.GetProperty("custom").GetBoolean());

        var welcome = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{job}/invitation-templates", new
        {
            templates = new[] { new { kind = "Welcome", language = "en", subject = "Welcome", body = "{link}", shortText = "{link}" } },
        });
        Assert.Equal("templates[0].kind", (await ProblemAssert.IsProblemAsync(welcome, HttpStatusCode.BadRequest)).GetProperty("field").GetString());

        var preview = await api.Recruiter.PostAsJsonAsync($"/api/jobs/{job}/invitation-templates/preview", new { kind = "Invitation", language = "en" });
        var rendered = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Demo Bank: Bank Teller (campus recruitment) for Alex Chen", rendered.GetProperty("subject").GetString());
        Assert.StartsWith("Open http", rendered.GetProperty("body").GetString());

        var badPreview = await api.Recruiter.PostAsJsonAsync($"/api/jobs/{job}/invitation-templates/preview", new { kind = "Nudge", language = "zh-CN", body = "{oops}" });
        Assert.Equal("body", (await ProblemAssert.IsProblemAsync(badPreview, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        await ProblemAssert.IsProblemAsync(await api.Auditor.GetAsync("/api/jobs/no-such-job/invitation-templates"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_candidate_lists_slots_books_and_rebooks_with_their_token()
    {
        var candidate = await NewCandidateAsync();
        var sent = await (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/invitations", new { channels = new[] { "email" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var link = sent.GetProperty("link").GetString()!;
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var starts = DateTimeOffset.UtcNow.AddDays(2);
        var first = await (await api.Recruiter.PostAsJsonAsync($"/api/jobs/{Job}/slots", new { startsAt = starts, durationMinutes = 30, capacity = 1, bookingDeadline = starts.AddHours(-2) }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await api.Recruiter.PostAsJsonAsync($"/api/jobs/{Job}/slots", new { startsAt = starts.AddHours(1), durationMinutes = 30, capacity = 5, bookingDeadline = starts }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var slots = await Portal(HttpMethod.Get, "/api/candidate/interview/slots", token);
        Assert.Contains(first.GetProperty("id").GetString()!, await slots.Content.ReadAsStringAsync());

        var booked = await Portal(HttpMethod.Post, "/api/candidate/interview/slot", token, new { slotId = first.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        Assert.Equal("Booked", (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var rebooked = await Portal(HttpMethod.Post, "/api/candidate/interview/slot", token, new { slotId = second.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.OK, rebooked.StatusCode);
        var hr = await api.Auditor.GetFromJsonAsync<JsonElement>($"/api/jobs/{Job}/slots");
        Assert.Equal(0, hr.EnumerateArray().Single(s => s.GetProperty("id").GetString() == first.GetProperty("id").GetString()).GetProperty("booked").GetInt32());
        var candidateView = await api.Auditor.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}");
        Assert.Equal("Booked", candidateView.GetProperty("stage").GetString());

        var unknown = await Portal(HttpMethod.Post, "/api/candidate/interview/slot", token, new { slotId = "slot-9999" });
        Assert.Equal("slotId", (await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.Conflict)).GetProperty("field").GetString());
        await ProblemAssert.IsProblemAsync(await Portal(HttpMethod.Get, "/api/candidate/interview/slots", "bad-token"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await Portal(HttpMethod.Post, "/api/candidate/interview/slot", token, new { slotId = "" }), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"startsAt": "2020-01-01T00:00:00Z", "durationMinutes": 30, "capacity": 1, "bookingDeadline": "2019-12-31T00:00:00Z"}""", "startsAt")]
    [InlineData("""{"startsAt": "2099-01-01T00:00:00Z", "durationMinutes": 30, "capacity": 0, "bookingDeadline": "2098-12-31T00:00:00Z"}""", "capacity")]
    [InlineData("""{"startsAt": "2099-01-01T00:00:00Z", "durationMinutes": 30, "capacity": 1, "bookingDeadline": "2099-01-02T00:00:00Z"}""", "bookingDeadline")]
    public async Task Bad_slots_are_400_problems_naming_the_field(string json, string field)
    {
        var response = await api.Recruiter.PostAsync($"/api/jobs/{Job}/slots", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(field, (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    private Task<HttpResponseMessage> Portal(HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(CandidatePortalEndpoints.TokenHeader, token);
        return api.NewClient().SendAsync(request);
    }
}
