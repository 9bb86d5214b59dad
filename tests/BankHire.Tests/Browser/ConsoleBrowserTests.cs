using BankHire.Tests.Processes;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>A person opens the running app in Chromium, signs in and sees the demo bank, its jobs and candidates.</summary>
public sealed class ConsoleBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task Signing_in_shows_the_demo_bank_jobs_and_candidates()
    {
        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync(app.App.BaseAddress.ToString());

        await page.GetByLabel("用户名 User name").FillAsync("admin");
        await page.GetByLabel("密码 Password").FillAsync(WebApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录 Sign in" }).ClickAsync();

        var jobs = page.Locator("#jobs article.job");
        await Assertions.Expect(jobs).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#jobs")).ToContainTextAsync("综合柜员");
        await Assertions.Expect(page.Locator("#jobs")).ToContainTextAsync("服务意识");
        await Assertions.Expect(page.Locator("[data-job-id='teller-2027-campus'] table.candidates")).ToContainTextAsync("王小明");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("admin");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出 Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#console")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_wrong_password_says_why_and_shows_no_data()
    {
        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync(app.App.BaseAddress.ToString());
        await page.GetByLabel("用户名 User name").FillAsync("admin");
        await page.GetByLabel("密码 Password").FillAsync("not-the-password");
        await page.GetByLabel("密码 Password").PressAsync("Enter");

        await Assertions.Expect(page.Locator("#sign-in-error")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#console")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("#jobs article").CountAsync());
    }

    [Fact]
    public async Task Hr_moves_ticked_candidates_in_bulk_and_sees_the_funnel_change_and_exports_it()
    {
        var page = await app.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, AcceptDownloads = true });
        await page.GotoAsync(app.App.BaseAddress.ToString());
        await page.GetByLabel("用户名 User name").FillAsync("admin");
        await page.GetByLabel("密码 Password").FillAsync(WebApp.AdminPassword);
        await page.GetByLabel("密码 Password").PressAsync("Enter");

        var tellerAnalytics = page.Locator(".analytics-job[data-job-id='teller-2027-campus']");
        var screenedBar = tellerAnalytics.Locator("svg.funnel rect").Nth(1);
        await Assertions.Expect(screenedBar).ToHaveAttributeAsync("data-value", "2"); // 王小明 invited, 李思雨 booked, 张晨 only applied
        await Assertions.Expect(page.Locator(".analytics-job")).ToHaveCountAsync(4);

        var teller = page.Locator("#jobs article.job[data-job-id='teller-2027-campus']");
        await teller.GetByLabel("选择 Select 张晨").CheckAsync();    // Applied → Screened is allowed
        await teller.GetByLabel("选择 Select 李思雨").CheckAsync();  // Booked → Screened is not: refused with the reason
        await teller.GetByLabel("移至阶段 Move selected to").SelectOptionAsync("Screened");
        await teller.GetByRole(AriaRole.Button, new() { Name = "批量移动 Move" }).ClickAsync();

        await Assertions.Expect(teller.Locator(".bulk-outcome")).ToContainTextAsync("已移动 Moved 1");
        await Assertions.Expect(teller.Locator(".bulk-outcome")).ToContainTextAsync("未移动 Not moved");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "张晨" }).Locator(".stage")).ToHaveTextAsync("Screened");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "李思雨" }).Locator(".stage")).ToHaveTextAsync("Booked");
        await Assertions.Expect(screenedBar).ToHaveAttributeAsync("data-value", "3");
        await Screenshots.SaveAsync(page, "console-analytics");

        await teller.GetByRole(AriaRole.Button, new() { Name = "张晨" }).ClickAsync();
        var profile = page.Locator("dialog#profile");
        await Assertions.Expect(profile).ToBeVisibleAsync();
        await Assertions.Expect(profile.Locator("table.profile-timeline")).ToContainTextAsync("Screened");
        await Assertions.Expect(profile).ToContainTextAsync("尚无 AI 面试 No AI interview yet.");
        await profile.GetByRole(AriaRole.Button, new() { Name = "关闭 Close" }).ClickAsync();
        await Assertions.Expect(profile).ToBeHiddenAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => tellerAnalytics.Locator("a.export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains(",张晨,Screened,", csv);
    }
}
