using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>A person opens the running app in Chromium, signs in and sees the demo bank, its jobs and candidates.</summary>
public sealed class ConsoleBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private const string Teller = "teller-2027-campus";

    [Fact]
    public async Task Signing_in_shows_the_demo_bank_jobs_and_candidates()
    {
        var page = await ConsolePage.OpenAsync(app);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await ConsolePage.SignInAsync(page);

        await Assertions.Expect(page.Locator("#jobs .job-pick")).ToHaveCountAsync(5); // this year's four and last year's closed teller intake
        await Assertions.Expect(page.Locator("#jobs .job-list")).ToContainTextAsync("综合柜员");
        var teller = await ConsolePage.JobAsync(page, Teller, "候选人");
        await Assertions.Expect(teller.Locator("table.candidates")).ToContainTextAsync("王小明");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "王小明" }).Locator(".stage")).ToHaveTextAsync("待预约");
        await ConsolePage.PaneAsync(teller, "能力模型");
        await Assertions.Expect(teller.Locator(".model-form .competency").First).ToContainTextAsync("服务意识");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("admin (管理员)");

        await ConsolePage.TabAsync(page, "银行");
        await Assertions.Expect(page.Locator("#bank-name")).ToHaveTextAsync("示范银行");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#console")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_wrong_password_says_why_and_shows_no_data()
    {
        var page = await ConsolePage.OpenAsync(app);
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByLabel("密码").PressAsync("Enter");

        await Assertions.Expect(page.Locator("#sign-in-error")).ToHaveTextAsync("用户名或密码错误。");
        await Assertions.Expect(page.Locator("#console")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("#jobs article").CountAsync());
    }

    [Fact]
    public async Task Switching_to_English_translates_the_whole_console_and_is_remembered()
    {
        var page = await ConsolePage.SignedInAsync(app);
        var teller = await ConsolePage.JobAsync(page, Teller, "候选人");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "李思雨" }).Locator(".stage")).ToHaveTextAsync("待面试");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#console-tabs")).ToContainTextAsync("Jobs and competency models");
        await Assertions.Expect(page.Locator("#console-tabs")).ToContainTextAsync("Analytics");
        teller = page.Locator($"#jobs article.job[data-job-id='{Teller}']");
        await Assertions.Expect(teller.GetByRole(AriaRole.Tab, new() { Name = "Candidates" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "李思雨" }).Locator(".stage")).ToHaveTextAsync("Booked");
        await Assertions.Expect(teller.Locator("table.candidates thead")).ToContainTextAsync("AI suggestion");
        await Assertions.Expect(teller.GetByLabel("Move selected to")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#jobs .job-list")).ToContainTextAsync("Bank Teller");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("admin (HR admin)");
        // Nothing Chinese is left in the console's own words (names of people and schools are data, not labels).
        var labels = await page.Locator("#console-tabs, #jobs .pane-tabs, #jobs .candidate-filters, #jobs table.candidates thead, header nav").AllInnerTextsAsync();
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", string.Join(" ", labels).Replace("中文", ""));

        await teller.GetByRole(AriaRole.Button, new() { Name = "李思雨" }).ClickAsync();
        var profile = page.Locator("dialog#profile");
        await Assertions.Expect(profile.Locator("h2 .stage")).ToHaveTextAsync("Booked");
        await Assertions.Expect(profile).ToContainTextAsync("No AI interview yet.");
        await Assertions.Expect(profile.GetByLabel("Move to stage")).ToBeVisibleAsync();
        await profile.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await ConsolePage.PaneAsync(teller, "Competency model");
        await Assertions.Expect(teller.Locator(".model-form legend").First).ToHaveTextAsync("Scoring policy");
        await Assertions.Expect(teller.Locator(".model-form .competency").First).ToContainTextAsync("Service orientation");
        await ConsolePage.TabAsync(page, "Analytics");
        await Assertions.Expect(page.Locator("#analytics figcaption").First).ToHaveTextAsync("Funnel");
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "console-english");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#console-tabs")).ToContainTextAsync("Analytics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("用户名")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
    }

    [Fact]
    public async Task Hr_moves_ticked_candidates_in_bulk_and_sees_the_funnel_change_and_exports_it()
    {
        var page = await ConsolePage.SignedInAsync(app);

        var tellerAnalytics = page.Locator($".analytics-job[data-job-id='{Teller}']");
        var screenedBar = tellerAnalytics.Locator("svg.funnel rect").Nth(1);
        await Assertions.Expect(screenedBar).ToHaveAttributeAsync("data-value", "2"); // 王小明 invited, 李思雨 booked, 张晨 only applied
        await Assertions.Expect(page.Locator(".analytics-job")).ToHaveCountAsync(5);

        var teller = await ConsolePage.JobAsync(page, Teller, "候选人");
        await teller.GetByLabel("选择 张晨").CheckAsync();    // Applied → Screened is allowed
        await teller.GetByLabel("选择 李思雨").CheckAsync();  // Booked → Screened is not: refused with the reason
        await teller.GetByLabel("移至阶段").SelectOptionAsync("Screened");
        await teller.GetByRole(AriaRole.Button, new() { Name = "批量移动" }).ClickAsync();

        await Assertions.Expect(teller.Locator(".bulk-outcome")).ToContainTextAsync("已移动 1 人");
        await Assertions.Expect(teller.Locator(".bulk-outcome")).ToContainTextAsync("未移动");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "张晨" }).Locator(".stage")).ToHaveTextAsync("已筛选");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "李思雨" }).Locator(".stage")).ToHaveTextAsync("待面试");
        await Assertions.Expect(screenedBar).ToHaveAttributeAsync("data-value", "3");

        await teller.GetByRole(AriaRole.Button, new() { Name = "张晨" }).ClickAsync();
        var profile = page.Locator("dialog#profile");
        await Assertions.Expect(profile).ToBeVisibleAsync();
        await Assertions.Expect(profile.Locator("table.profile-timeline")).ToContainTextAsync("已筛选");
        await Assertions.Expect(profile).ToContainTextAsync("尚无 AI 面试。");
        await profile.GetByRole(AriaRole.Button, new() { Name = "关闭" }).ClickAsync();
        await Assertions.Expect(profile).ToBeHiddenAsync();

        await ConsolePage.TabAsync(page, "招聘分析");
        await Screenshots.SaveAsync(page, "console-analytics");
        var download = await page.RunAndWaitForDownloadAsync(() => tellerAnalytics.Locator("a.export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains(",张晨,Screened,", csv);
    }
}
