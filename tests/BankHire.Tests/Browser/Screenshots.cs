using BankHire.Tests.Support;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>Full-page screenshots kept as test artifacts under TestResults/screenshots at the repository root.</summary>
public static class Screenshots
{
    public static string Folder { get; } = RepositoryRoot.Combine("TestResults", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}.png"), FullPage = true });
    }
}
