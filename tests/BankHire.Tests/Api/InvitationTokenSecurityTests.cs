using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Web.CandidatePortal;

namespace BankHire.Tests.Api;

/// <summary>
/// A candidate token is never handed to HR in an image, and only the newest token of a candidate opens anything:
/// a re-invite or a re-sent invitation revokes the links before it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InvitationTokenSecurityTests(ApiFactory api)
{
    private const string Job = "teller-2027-campus";

    [Fact]
    public async Task The_qr_code_is_not_served_to_interviewers_api_keys_or_recruiters()
    {
        var interview = (await InviteAsync(await NewCandidateAsync())).GetProperty("interviewId").GetGuid();
        var path = $"/api/interviews/{interview}/qr.png";
        await ProblemAssert.IsProblemAsync(await api.Interviewer.GetAsync(path), HttpStatusCode.Forbidden);
        using var reportsKey = await ReportsKeyClientAsync();
        await ProblemAssert.IsProblemAsync(await reportsKey.GetAsync(path), HttpStatusCode.Forbidden);
        var recruiter = await api.Recruiter.GetAsync(path);
        Assert.NotEqual("image/png", recruiter.Content.Headers.ContentType?.MediaType);
        await ProblemAssert.IsProblemAsync(recruiter, HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_re_invite_revokes_the_earlier_token()
    {
        var candidate = await NewCandidateAsync();
        var first = (await InviteAsync(candidate)).GetProperty("token").GetString();
        Assert.Equal(HttpStatusCode.OK, (await PortalGetAsync(first)).StatusCode);

        var second = (await InviteAsync(candidate)).GetProperty("token").GetString();
        var refused = await ProblemAssert.IsProblemAsync(await PortalGetAsync(first), HttpStatusCode.Unauthorized);
        Assert.Contains("replaced", refused.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await PortalGetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task Sending_the_invitation_again_revokes_the_link_sent_before()
    {
        var candidate = await NewCandidateAsync();
        var first = await SendAsync(candidate);
        var second = await SendAsync(candidate);
        Assert.NotEqual(first, second);
        await ProblemAssert.IsProblemAsync(await PortalGetAsync(first), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await PortalGetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task A_reports_read_key_reads_reports_and_nothing_else_an_interviewer_may_read()
    {
        var candidate = await NewCandidateAsync();
        var interview = (await InviteAsync(candidate)).GetProperty("interviewId").GetGuid();
        using var key = await ReportsKeyClientAsync();
        foreach (var path in new[] { $"/api/candidates/{candidate}", $"/api/candidates/{candidate}/profile", $"/api/jobs/{Job}/candidates", $"/api/interviews/{interview}", "/api/jobs" })
            await ProblemAssert.IsProblemAsync(await key.GetAsync(path), HttpStatusCode.Forbidden);
        // Not forbidden: no report yet, so 404.
        await ProblemAssert.IsProblemAsync(await key.GetAsync($"/api/interviews/{interview}/report"), HttpStatusCode.NotFound);
    }

    private async Task<string> SendAsync(Guid candidate)
    {
        var sent = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/invitations", new { channels = new[] { "email" }, language = "en" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var link = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        return link[(link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..];
    }

    private async Task<HttpClient> ReportsKeyClientAsync()
    {
        var created = await api.Admin.PostAsJsonAsync("/api/integrations/keys", new { name = $"reports-{Guid.NewGuid():N}", scopes = new[] { "reports:read" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        return client;
    }

    private async Task<Guid> NewCandidateAsync()
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "林一", email = $"{Guid.NewGuid():N}@example.edu.cn", jobId = Job });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> InviteAsync(Guid candidate)
    {
        var response = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/interviews", new { expiresInDays = 3 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> PortalGetAsync(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/candidate/interview");
        request.Headers.Add(CandidatePortalEndpoints.TokenHeader, token);
        return api.NewClient().SendAsync(request);
    }
}
