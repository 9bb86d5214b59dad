using System.Net;

namespace BankHire.Tests.Api;

/// <summary>Opening the site leads to the HR console at /hr/; the classic console it replaced is no longer served.</summary>
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
    public async Task The_classic_console_is_gone()
    {
        // Even to a signed-in admin: nothing is served there any more.
        Assert.Equal(HttpStatusCode.NotFound, (await api.Admin.GetAsync("/classic/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Admin.GetAsync("/console/console.js")).StatusCode);
    }
}
