using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Integrations;
using BankHire.Tests.Api;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Integrations;

namespace BankHire.Tests.Fuzz;

/// <summary>Someone sending requests: nobody, each HR role, each API-key scope, a forged key, a candidate, a revoked candidate link.</summary>
public sealed record FuzzPrincipal(string Name, HttpClient Client, PrincipalKind Kind);

public enum PrincipalKind { Anonymous, Hr, ApiKey, Candidate }

/// <summary>Creates the principals and the real ids they act on, through the API as a bank would.</summary>
public static class FuzzPrincipals
{
    public const string Job = "teller-2027-campus";

    public static async Task<(IReadOnlyList<FuzzPrincipal> Principals, FuzzIds Ids)> CreateAsync(ApiFactory api)
    {
        var principals = new List<FuzzPrincipal>
        {
            new("anonymous", api.NewClient(), PrincipalKind.Anonymous),
            new("admin", api.Admin, PrincipalKind.Hr),
            new("recruiter", api.Recruiter, PrincipalKind.Hr),
            new("interviewer", api.Interviewer, PrincipalKind.Hr),
            new("auditor", api.Auditor, PrincipalKind.Hr),
            new("forged key", WithHeader(api, ApiKeyAuthentication.Header, "bhk_forged0000000000000000000000"), PrincipalKind.ApiKey),
        };
        foreach (var scope in ApiKeyScopes.All)
            principals.Add(new($"key {scope}", WithHeader(api, ApiKeyAuthentication.Header, await KeyAsync(api, [scope])), PrincipalKind.ApiKey));
        principals.Add(new("key with every scope", WithHeader(api, ApiKeyAuthentication.Header, await KeyAsync(api, [.. ApiKeyScopes.All])), PrincipalKind.ApiKey));

        var created = await Ok(await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "模糊测试", jobId = Job }));
        var candidateId = created.GetProperty("id").GetGuid();
        var revokedToken = (await InviteAsync(api, candidateId)).Token;
        var (interviewId, token) = await InviteAsync(api, candidateId);
        var candidate = WithHeader(api, CandidatePortalEndpoints.TokenHeader, token);
        principals.Add(new("candidate", candidate, PrincipalKind.Candidate));
        principals.Add(new("revoked candidate link", WithHeader(api, CandidatePortalEndpoints.TokenHeader, revokedToken), PrincipalKind.Candidate));

        var view = await Ok(await candidate.GetAsync("/api/candidate/interview"));
        var questionId = view.GetProperty("questions")[0].GetProperty("id").GetString()!;
        await Ok(await candidate.PostAsJsonAsync("/api/candidate/interview/consent",
            new { face = true, voice = true, content = true, keepRecording = false, textVersion = PrivacyNotice.ConsentTextVersion, language = "zh" }));
        await Ok(await candidate.PostAsync("/api/candidate/interview/start", null));
        await Ok(await candidate.PostAsJsonAsync($"/api/candidate/interview/questions/{questionId}/begin", new { retake = false }));

        var webhook = await Ok(await api.Admin.PostAsJsonAsync("/api/integrations/webhooks",
            new { url = $"http://{ApiFactory.WebhookTestHost}:9/fuzz", events = new[] { WebhookEventTypes.InterviewCompleted } }));
        var throwawayKey = await Ok(await api.Admin.PostAsJsonAsync("/api/integrations/keys", new { name = "throwaway", scopes = new[] { ApiKeyScopes.CandidatesRead } }));
        var ids = new FuzzIds(Job, "teller", candidateId, interviewId, questionId,
            webhook.GetProperty("webhook").GetProperty("id").GetGuid(), throwawayKey.GetProperty("apiKey").GetProperty("id").GetGuid(), Guid.NewGuid());
        return (principals, ids);
    }

    private static async Task<string> KeyAsync(ApiFactory api, string[] scopes) =>
        (await Ok(await api.Admin.PostAsJsonAsync("/api/integrations/keys", new { name = "fuzz " + string.Join(' ', scopes), scopes }))).GetProperty("key").GetString()!;

    private static async Task<(Guid InterviewId, string Token)> InviteAsync(ApiFactory api, Guid candidateId)
    {
        var invitation = await Ok(await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidateId}/interviews", new { expiresInDays = 3 }));
        return (invitation.GetProperty("interviewId").GetGuid(), invitation.GetProperty("token").GetString()!);
    }

    private static HttpClient WithHeader(ApiFactory api, string header, string value)
    {
        var client = api.NewClient();
        client.DefaultRequestHeaders.Add(header, value);
        return client;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }
}
