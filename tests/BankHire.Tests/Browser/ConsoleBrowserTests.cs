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
}
