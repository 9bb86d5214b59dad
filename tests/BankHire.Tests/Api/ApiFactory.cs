using System.Net.Http.Json;
using BankHire.Identity;
using BankHire.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BankHire.Tests.Api;

/// <summary>
/// The real web app with its co-hosted silo on the embedded SQLite store in a temp folder, the demo bank
/// seeded, and one signed-in client per role.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Test-Chief-Pa55!";
    public const string UserPassword = "Test-User-Pa55!";

    /// <summary>The one internal host webhooks may reach in the tests (where <c>WebhookReceiver</c> listens).</summary>
    public const string WebhookTestHost = "127.0.0.1";
    private readonly TempDirectory _data = new();

    public string DataDirectory => _data.Path;
    private readonly int[] _ports = FreePorts.Take(2);

    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Recruiter { get; private set; } = null!;
    public HttpClient Interviewer { get; private set; } = null!;
    public HttpClient Auditor { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("BankHire:DataDirectory", _data.Path);
        builder.UseSetting("BankHire:SiloPort", _ports[0].ToString());
        builder.UseSetting("BankHire:GatewayPort", _ports[1].ToString());
        builder.UseSetting("BankHire:Admin:UserName", "admin");
        builder.UseSetting("BankHire:Admin:Password", AdminPassword);
        builder.UseSetting("BankHire:Demo:Seed", "true");
        // The webhook tests' receivers listen on loopback, which webhooks may reach only when allow-listed.
        builder.UseSetting("BankHire:Integrations:Webhooks:AllowedHosts:0", WebhookTestHost);
        ConfigureMore(builder);
    }

    /// <summary>Settings a derived factory adds (another speech engine, say).</summary>
    protected virtual void ConfigureMore(IWebHostBuilder builder)
    {
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        Admin = await SignInAsync("admin", AdminPassword);
        foreach (var (name, role) in new[] { ("recruiter", HrRoles.Recruiter), ("interviewer", HrRoles.Interviewer), ("auditor", HrRoles.Auditor) })
        {
            var created = await Admin.PostAsJsonAsync("/api/users", new { userName = name, password = UserPassword, roles = new[] { role } });
            created.EnsureSuccessStatusCode();
        }
        Recruiter = await SignInAsync("recruiter", UserPassword);
        Interviewer = await SignInAsync("interviewer", UserPassword);
        Auditor = await SignInAsync("auditor", UserPassword);
    }

    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = NewClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
