using System.Net;

namespace BankHire.Tests.Api;

/// <summary>Opening the site leads to the HR console at /hr/; the classic console's sign-in page is at /classic/ (not a bare 401), and its script is served.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConsolePageTests(ApiFactory api)
{
    [Fact]
    public async Task The_root_leads_to_the_hr_console()
    {
        var client = api.NewClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hr/", response.Headers.Location!.OriginalString);
        Assert.Equal("/hr/?lang=en", (await client.GetAsync("/?lang=en")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_classic_console_page_is_open_to_anyone()
    {
        var response = await api.NewClient().GetAsync("/classic/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"sign-in\"", html);
        Assert.Contains("/console/console.js", html);
    }

    [Fact]
    public async Task The_console_script_calls_only_endpoints_that_exist()
    {
        var script = await api.NewClient().GetStringAsync("/console/console.js");
        foreach (var path in new[] { "/api/auth/me", "/api/auth/login", "/api/auth/logout", "/api/bank", "/api/jobs" })
        {
            Assert.Contains($"\"{path}\"", script);
            Assert.Contains(Endpoints.All, e => e.Path == path || path == "/api/auth/login");
        }
    }
}
