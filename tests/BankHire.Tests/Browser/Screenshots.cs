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

    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>Full-page PNGs of the step at phone and at desktop size (-phone, -desktop); the page goes back to the
    /// size it had, so the flow carries on as the test set it up.</summary>
    public static async Task BothSizesAsync(IPage page, string name)
    {
        var original = page.ViewportSize is { } now ? new ViewportSize { Width = now.Width, Height = now.Height } : Phone;
        foreach (var size in original.Width < 600 ? new[] { original, Desktop } : [original, Phone])
        {
            if (size.Width != page.ViewportSize?.Width) await page.SetViewportSizeAsync(size.Width, size.Height);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(Folder, $"{name}-{(size.Width < 600 ? "phone" : "desktop")}.png"),
                FullPage = true,
            });
        }
        await page.SetViewportSizeAsync(original.Width, original.Height);
    }
}
