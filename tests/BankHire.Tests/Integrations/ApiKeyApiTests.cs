using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;

namespace BankHire.Tests.Integrations;

[Collection(ApiCollection.Name)]
public sealed class ApiKeyApiTests(ApiFactory api)
{
    private async Task<(Guid Id, string Key)> CreateKeyAsync(string name, params string[] scopes)
    {
        var response = await api.Admin.PostAsJsonAsync("/api/integrations/keys", new { name, scopes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("bhk_", key);
        Assert.Equal(scopes, created.GetProperty("apiKey").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        return (created.GetProperty("apiKey").GetProperty("id").GetGuid(), key);
    }

    private HttpClient WithKey(string key, bool bearerStyle = false)
    {
        var client = api.CreateClient();
        if (bearerStyle) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        else client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task A_read_key_reads_but_cannot_write_or_administer()
    {
        var (_, key) = await CreateKeyAsync("core-hr-read", "candidates:read");
        using var client = WithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/jobs/teller-2027-campus/candidates")).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/candidates", new { fullName = "只读", jobId = "teller-2027-campus" }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/users"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/integrations/keys"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/integrations/webhooks"), HttpStatusCode.Forbidden);
        // Reports need reports:read.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/interviews/{Guid.NewGuid()}/report")).StatusCode);
    }

    [Fact]
    public async Task A_write_key_in_the_authorization_header_creates_and_moves_candidates()
    {
        var (_, key) = await CreateKeyAsync("core-hr-write", "candidates:write");
        using var client = WithKey(key, bearerStyle: true);
        var created = await client.PostAsJsonAsync("/api/candidates", new { fullName = "集成候选人", jobId = "teller-2027-campus" });
        created.EnsureSuccessStatusCode();
        var candidate = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = candidate.GetProperty("id").GetGuid();
        var moved = await client.PostAsJsonAsync($"/api/candidates/{id}/stage", new { stage = "Screened" });
        moved.EnsureSuccessStatusCode();
        var history = JsonDocument.Parse(await moved.Content.ReadAsStringAsync()).RootElement.GetProperty("history");
        Assert.Equal("api-key:core-hr-write", history.EnumerateArray().Last().GetProperty("actor").GetString());
        // Still no admin rights.
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/integrations/keys", new { name = "x", scopes = new[] { "candidates:read" } }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Listing_shows_no_secret_and_a_revoked_key_is_refused_with_401()
    {
        var (id, key) = await CreateKeyAsync("to-revoke", "candidates:read");
        using var client = WithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/jobs")).StatusCode);

        var list = await api.Admin.GetStringAsync("/api/integrations/keys");
        Assert.DoesNotContain(key, list);
        Assert.DoesNotContain(key[4..], list);
        var listed = JsonDocument.Parse(list).RootElement.EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id);
        Assert.True(listed.GetProperty("active").GetBoolean());
        Assert.False(listed.TryGetProperty("hash", out _));

        var revoked = await api.Admin.DeleteAsync($"/api/integrations/keys/{id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/jobs"), HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", ProblemAssert.Detail(problem));
        await ProblemAssert.IsProblemAsync(await api.Admin.DeleteAsync($"/api/integrations/keys/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("bhk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-key")]
    public async Task An_unknown_or_malformed_key_is_a_401_problem(string key)
    {
        using var client = WithKey(key);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/jobs"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Cookie_sign_in_is_unchanged_by_api_keys()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Auditor.GetAsync("/api/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Auditor.GetAsync("/api/integrations/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.NewClient().GetAsync("/api/jobs")).StatusCode);
    }

    [Theory]
    [InlineData("""{"name": "x", "scopes": ["candidates:delete"]}""", "scopes")]
    [InlineData("""{"name": "x", "scopes": []}""", "scopes")]
    [InlineData("""{"name": " ", "scopes": ["candidates:read"]}""", "name")]
    [InlineData("""{"scopes": ["candidates:read"]}""", "name")]
    public async Task Bad_key_requests_are_400_problems_naming_the_field(string json, string field)
    {
        var response = await api.Admin.PostAsync("/api/integrations/keys", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_openapi_document_names_the_api_key_scheme()
    {
        var document = JsonDocument.Parse(await api.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.Contains("/api/integrations/webhooks/{id}/deliveries", document.GetProperty("paths").EnumerateObject().Select(p => p.Name));
    }
}
