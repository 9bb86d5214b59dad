using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright (no browser download: the system one, headless).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <param name="extraArgs">More command-line switches, e.g. the fake camera and microphone of the interview tests.</param>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(IEnumerable<string>? extraArgs = null)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: apt-get install chromium (test.sh installs it).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // CI runs as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", .. extraArgs ?? []],
        });
        return (playwright, browser);
    }
}
