using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;

namespace BankHire.Tests.Integrations;

/// <summary>A webhook subscription may not point at the bank's own network unless its host is allow-listed.</summary>
[Collection(ApiCollection.Name)]
public sealed class WebhookSsrfApiTests(ApiFactory api)
{
    [Theory]
    [InlineData("http://localhost:8080/hooks", "resolves to", "loopback")]
    [InlineData("http://127.0.0.2:8080/hooks", "is a loopback address", null)]
    [InlineData("http://[::1]:8080/hooks", "loopback", null)]
    [InlineData("https://10.1.2.3/hooks", "private", null)]
    [InlineData("http://192.168.0.10/hooks", "private", null)]
    [InlineData("http://169.254.169.254/latest/meta-data/", "cloud metadata", null)]
    [InlineData("http://100.100.100.200/latest/meta-data/", "cloud metadata", null)]
    [InlineData("http://[fe80::1]/hooks", "link-local", null)]
    [InlineData("http://[::ffff:172.16.5.4]/hooks", "private", null)]
    public async Task An_internal_url_is_a_400_naming_the_field_and_the_reason(string url, string reason, string? also)
    {
        var before = await CountAsync();
        var response = await api.Admin.PostAsJsonAsync("/api/integrations/webhooks", new { url, events = new[] { "interview.completed" } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("url", problem.GetProperty("field").GetString());
        var detail = ProblemAssert.Detail(problem);
        Assert.Contains(reason, detail);
        if (also is not null) Assert.Contains(also, detail);
        Assert.Contains("BankHire:Integrations:Webhooks:AllowedHosts", detail);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/hooks")]      // loopback, but allow-listed for these tests
    [InlineData("https://192.0.2.10/hooks")]         // a public (documentation) address
    public async Task An_allow_listed_host_or_a_public_address_is_accepted(string url)
    {
        var response = await api.Admin.PostAsJsonAsync("/api/integrations/webhooks", new { url, events = new[] { "interview.report_ready" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await api.Admin.DeleteAsync($"/api/integrations/webhooks/{id}")).StatusCode);
    }

    private async Task<int> CountAsync() =>
        (await api.Admin.GetFromJsonAsync<JsonElement>("/api/integrations/webhooks")).GetArrayLength();
}
