using System.Net;

namespace BankHire.Tests.Api;

/// <summary>Opening the site shows the sign-in page (not a bare 401), and the console's script is served.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConsolePageTests(ApiFactory api)
{
    [Fact]
    public async Task The_root_is_the_console_page_open_to_anyone()
    {
        var response = await api.NewClient().GetAsync("/");
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
