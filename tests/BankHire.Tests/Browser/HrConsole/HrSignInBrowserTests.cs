using Microsoft.Playwright;
using BankHire.Tests.Processes;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// Signing in to the new console with the demo data: a wrong password says why and shows nothing; the right one shows the
/// demo bank's jobs and candidates by stage; the language chosen is kept across a reload and a sign-out; a job's analytics
/// export holds its candidates.
/// </summary>
public sealed class HrSignInBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private const string Teller = "teller-2027-campus";

    public static TheoryData<string, int> Settings => HrConsoleSettings.ZhLaptopEnPhone;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task A_wrong_password_shows_nothing_the_right_one_shows_the_demo_bank_in_the_language_kept_and_its_analytics_export(string language, int width)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop, BaseURL = app.App.BaseAddress.ToString(), AcceptDownloads = true, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var english = language == "en";
        string Text(string zh, string en) => english ? en : zh;
        await page.GotoAsync("/hr/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        if (english) await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);

        await page.GetByLabel(Text("用户名", "User name")).FillAsync("admin");
        await page.GetByLabel(Text("密码", "Password")).FillAsync("not-the-password");
        await page.GetByLabel(Text("密码", "Password")).PressAsync("Enter");
        await Assertions.Expect(page.Locator(".sign-in .form-error")).ToHaveTextAsync(Text("用户名或密码错误。", "Wrong user name or password."));
        await Assertions.Expect(page.Locator(".shell-header")).ToHaveCountAsync(0);

        await page.GetByLabel(Text("密码", "Password")).FillAsync(WebApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = Text("登录", "Sign in"), Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".who-name")).ToContainTextAsync(Text("admin (管理员)", "admin (HR admin)"));
        var hr = new HrConsolePage(page, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        await hr.PickJobAsync(Teller);
        await Assertions.Expect(hr.Row("王小明").Locator(".stage")).ToHaveTextAsync(Text("待预约", "Invited"));
        await Assertions.Expect(hr.Row("李思雨").Locator(".stage")).ToHaveTextAsync(Text("待面试", "Booked"));

        // The language chosen stays after a reload, and on the sign-in page after signing out.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = Text("数据分析", "Analytics") })).ToBeVisibleAsync();

        // The job's analytics export: every candidate of the job with their stage.
        await page.GetByRole(AriaRole.Tab, new() { Name = Text("数据分析", "Analytics") }).ClickAsync();
        await Assertions.Expect(page.Locator($".analytics-view[data-scope='{Teller}'] .figure-candidates")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".analytics-exports a.export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains(",王小明,Invited,", csv);
        await hr.CheckAsync("analytics-export");

        await page.GetByRole(AriaRole.Button, new() { Name = Text("退出", "Sign out") }).ClickAsync();
        await Assertions.Expect(page.GetByLabel(Text("用户名", "User name"))).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await context.CloseAsync();
    }
}
