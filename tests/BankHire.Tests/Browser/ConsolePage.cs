using BankHire.Tests.Support;
using BankHire.Tests.Processes;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>The steps every console test takes: open the console in its own browser context, sign in, pick a job and a pane.</summary>
public static class ConsolePage
{
    public static readonly ViewportSize Laptop = new() { Width = 1280, Height = 800 };

    /// <summary>A page in a fresh context (its own cookies and localStorage, so the language starts at zh-CN).</summary>
    public static async Task<IPage> OpenAsync(BrowserAppFixture app, ViewportSize? size = null)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = size ?? Laptop,
            BaseURL = app.App.BaseAddress.ToString(),
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/classic/");
        return page;
    }

    public static async Task<IPage> SignedInAsync(BrowserAppFixture app, string userName = "admin", string password = WebApp.AdminPassword)
    {
        var page = await OpenAsync(app);
        await SignInAsync(page, userName, password);
        return page;
    }

    public static async Task SignInAsync(IPage page, string userName = "admin", string password = WebApp.AdminPassword)
    {
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#console")).ToBeVisibleAsync();
    }

    /// <summary>Selects the job in the job list and returns its workspace.</summary>
    public static async Task<ILocator> JobAsync(IPage page, string jobId, string? pane = null)
    {
        await page.Locator("#console-tabs [role=tab][aria-controls=jobs-section]").ClickAsync();
        await page.Locator($"#jobs .job-pick[data-job-id='{jobId}']").ClickAsync();
        var job = page.Locator($"#jobs article.job[data-job-id='{jobId}']");
        await Assertions.Expect(job).ToBeVisibleAsync();
        if (pane is not null) await PaneAsync(job, pane);
        return job;
    }

    /// <summary>Opens one of the job's panes by its tab name (e.g. 简历筛选).</summary>
    public static async Task PaneAsync(ILocator job, string name)
    {
        var tab = job.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });
        // On a loaded machine a click can land before the job's panes are wired: click again until the tab is selected.
        await Eventually.TrueAsync(async () =>
        {
            if (await tab.GetAttributeAsync("aria-selected") == "true") return true;
            await tab.ClickAsync();
            return await tab.GetAttributeAsync("aria-selected") == "true";
        }, TimeSpan.FromSeconds(30), $"the {name} tab to be selected");
        await Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
    }

    public static Task TabAsync(IPage page, string name) =>
        page.Locator("#console-tabs").GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }).ClickAsync();
}
