using System.Net;
using System.Net.Http.Json;
using BankHire.Identity;
using BankHire.Web.Auth;
using BankHire.Web.Hosting;
using BankHire.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>Sessions end server-side at logout, strangers cannot lock accounts or learn which exist, weak passwords and framing are refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class SessionSecurityTests(ApiFactory api)
{
    private const string Password = "Session-Test-Pa55!";

    [Fact]
    public async Task Logout_revokes_the_cookie_server_side_so_a_copy_stops_working()
    {
        var user = await NewUserAsync();
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        Assert.Equal(HttpStatusCode.OK, (await SendWithCookieAsync(client, HttpMethod.Get, "/api/auth/me", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendWithCookieAsync(client, HttpMethod.Post, "/api/auth/logout", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithCookieAsync(client, HttpMethod.Get, "/api/auth/me", cookie)).StatusCode);
    }

    [Fact]
    public async Task Failed_sign_ins_throttle_the_client_not_the_account_and_never_say_whether_it_exists()
    {
        var user = await NewUserAsync();
        var stranger = api.NewClient();
        var unknown = await stranger.PostAsJsonAsync("/api/auth/login", new { userName = $"nobody-{Guid.NewGuid():N}", password = "wrong-password-1" });
        var known = await stranger.PostAsJsonAsync("/api/auth/login", new { userName = user, password = "wrong-password-1" });
        Assert.Equal(ProblemAssert.Detail(await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.Unauthorized)),
            ProblemAssert.Detail(await ProblemAssert.IsProblemAsync(known, HttpStatusCode.Unauthorized)));

        for (var i = 1; i < LoginThrottle.MaxFailures; i++)
            await stranger.PostAsJsonAsync("/api/auth/login", new { userName = user, password = "wrong-password-1" });
        await ProblemAssert.IsProblemAsync(
            await stranger.PostAsJsonAsync("/api/auth/login", new { userName = user, password = "wrong-password-1" }), HttpStatusCode.TooManyRequests);

        using var scope = api.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HrUser>>();
        var account = await users.FindByNameAsync(user);
        Assert.False(await users.IsLockedOutAsync(account!));
    }

    [Theory]
    [InlineData("Password1!")]
    [InlineData("Short-Pa5!")]
    public async Task A_password_under_12_characters_is_refused(string password)
    {
        var response = await api.Admin.PostAsJsonAsync("/api/users", new { userName = $"weak-{Guid.NewGuid():N}"[..20], password, roles = new[] { HrRoles.Auditor } });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("password", problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("!!Iloveyou2027")]
    [InlineData("qwertyuiop12")]
    public async Task A_common_breached_password_or_one_merely_decorated_is_refused(string password)
    {
        var response = await api.Admin.PostAsJsonAsync("/api/users", new { userName = $"weak-{Guid.NewGuid():N}"[..20], password, roles = new[] { HrRoles.Auditor } });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("password", problem.GetProperty("field").GetString());
        Assert.Contains("common", ProblemAssert.Detail(problem));
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused_and_an_uncommon_long_one_is_accepted()
    {
        var name = $"clerk{Guid.NewGuid():N}"[..12];
        var withName = await api.Admin.PostAsJsonAsync("/api/users", new { userName = name, password = name + "-2027!", roles = new[] { HrRoles.Auditor } });
        await ProblemAssert.IsProblemAsync(withName, HttpStatusCode.BadRequest);
        var strong = await api.Admin.PostAsJsonAsync("/api/users", new { userName = name, password = "Tellers-count-cash-at-9:05", roles = new[] { HrRoles.Auditor } });
        Assert.Equal(HttpStatusCode.Created, strong.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/status.html")]
    [InlineData("/api/jobs")]
    public async Task Pages_and_api_answers_carry_the_security_headers(string path)
    {
        var response = await api.Recruiter.GetAsync(path);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task A_cookie_write_from_a_foreign_origin_is_refused_and_from_our_own_accepted()
    {
        var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/candidates")
        {
            Content = JsonContent.Create(new { fullName = "跨站", jobId = "teller-2027-campus" }),
        };
        foreign.Headers.Add("Origin", "https://evil.example");
        var problem = await ProblemAssert.IsProblemAsync(await api.Recruiter.SendAsync(foreign), HttpStatusCode.Forbidden);
        Assert.Equal("Origin", problem.GetProperty("field").GetString());

        var own = new HttpRequestMessage(HttpMethod.Post, "/api/candidates")
        {
            Content = JsonContent.Create(new { fullName = "本站", jobId = "teller-2027-campus" }),
        };
        own.Headers.Add("Origin", "http://localhost");
        Assert.Equal(HttpStatusCode.Created, (await api.Recruiter.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task Invitation_links_use_the_configured_public_address_not_the_host_header()
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "林一", email = $"{Guid.NewGuid():N}@example.edu.cn", jobId = "teller-2027-campus" });
        var candidate = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/candidates/{candidate}/interviews") { Content = JsonContent.Create(new { expiresInDays = 3 }) };
        request.Headers.Host = "attacker.example";
        var invited = await api.Recruiter.SendAsync(request);
        var link = (await invited.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("link").GetString()!;
        Assert.DoesNotContain("attacker.example", link);
        Assert.StartsWith(api.Services.GetRequiredService<BankHire.Web.CandidateStatus.CandidateLinks>().BaseUrl + "/interview.html#token=", link);
    }

    private static Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, HttpMethod method, string path, string cookie)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    private async Task<string> NewUserAsync()
    {
        var name = $"s{Guid.NewGuid():N}"[..20];
        var created = await api.Admin.PostAsJsonAsync("/api/users", new { userName = name, password = Password, roles = new[] { HrRoles.Auditor } });
        created.EnsureSuccessStatusCode();
        return name;
    }
}
