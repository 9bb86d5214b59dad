using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>The embedded app as a real process with the demo bank, and a headless Chromium, shared by a test class.</summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private IPlaywright _playwright = null!;

    public AppProcess App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var ports = FreePorts.Take(3);
        App = WebApp.Start(ports[0], new Dictionary<string, string>
        {
            ["BankHire__DataDirectory"] = _data.Path,
            ["BankHire__SiloPort"] = ports[1].ToString(),
            ["BankHire__GatewayPort"] = ports[2].ToString(),
            ["BankHire__Demo__Seed"] = "true",
        });
        await App.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        _data.Dispose();
    }
}
