using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>PNGs of a console step at the two desk sizes HR works at, 1280×800 and 1920×1080, beside the other
/// screenshots (<see cref="Screenshots.Folder"/>): the full page, or just the window while a dialog is open (a modal
/// covers the window, not the page). The page goes back to the size it had.</summary>
public static class ConsoleScreenshots
{
    private static readonly (int Width, int Height)[] Sizes = [(1280, 800), (1920, 1080)];

    public static async Task BothDesktopSizesAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots.Folder);
        var dialogOpen = await page.Locator("dialog[open]").CountAsync() > 0;
        var original = page.ViewportSize is { } now ? new ViewportSize { Width = now.Width, Height = now.Height } : ConsolePage.Laptop;
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"{name}-{width}x{height}.png"), FullPage = !dialogOpen });
        }
        await page.SetViewportSizeAsync(original.Width, original.Height);
    }
}
