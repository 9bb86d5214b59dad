using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Demo;
using BankHire.Web.Invitations;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>A candidate reaches their own interview, and only it, with a signed invitation token that expires.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidatePortalTests(ApiFactory api)
{
    private static readonly Guid Candidate = DemoBank.CandidateId(DemoBank.Candidates[2]);

    [Fact]
    public async Task A_valid_token_opens_exactly_its_own_interview()
    {
        var invitation = await InviteAsync();
        var view = await PortalGetAsync(invitation.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        var body = await view.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(invitation.GetProperty("interviewId").GetGuid(), body.GetProperty("interviewId").GetGuid());
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var token = (await InviteAsync()).GetProperty("token").GetString()!;
        var flipped = (token[0] == 'A' ? 'B' : 'A') + token[1..]; // another interview id under the old signature
        await ProblemAssert.IsProblemAsync(await PortalGetAsync(flipped), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_for_another_interview_signed_with_another_key_is_refused()
    {
        var foreignKey = new InvitationSigningKey(Enumerable.Repeat((byte)7, 32).ToArray());
        var forged = new InvitationTokenService(foreignKey, TimeProvider.System).Create(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(3));
        await ProblemAssert.IsProblemAsync(await PortalGetAsync(forged), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_refused_even_with_a_valid_signature()
    {
        var invitation = await InviteAsync();
        var tokens = api.Services.GetRequiredService<InvitationTokenService>();
        var expired = tokens.Create(invitation.GetProperty("interviewId").GetGuid(), DateTimeOffset.UtcNow.AddMinutes(-1));
        var problem = await ProblemAssert.IsProblemAsync(await PortalGetAsync(expired), HttpStatusCode.Unauthorized);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    public async Task A_missing_or_malformed_token_is_a_401_problem_naming_the_header(string? token)
    {
        var problem = await ProblemAssert.IsProblemAsync(await PortalGetAsync(token), HttpStatusCode.Unauthorized);
        Assert.Equal(CandidatePortalEndpoints.TokenHeader, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_token_does_not_open_the_HR_api()
    {
        var token = (await InviteAsync()).GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/candidates/{Candidate}");
        request.Headers.Add(CandidatePortalEndpoints.TokenHeader, token);
        var response = await api.NewClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<JsonElement> InviteAsync()
    {
        var response = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{Candidate}/interviews", new { expiresInDays = 3 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> PortalGetAsync(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/candidate/interview");
        if (token is not null) request.Headers.TryAddWithoutValidation(CandidatePortalEndpoints.TokenHeader, token);
        return api.NewClient().SendAsync(request);
    }
}
