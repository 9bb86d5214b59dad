using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The compliance screens in the new console, in Chinese and English on a laptop and a phone: the audit trail (browse,
/// filter, verify the hash chain, export) and the job's adverse-impact report (the bias-audit summary and its export).
/// </summary>
public sealed class HrComplianceBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleBrowserTests.Settings;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task The_auditor_browses_filters_verifies_and_exports_the_audit_trail(string language, int width)
    {
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("审计日志", "Audit trail") }).ClickAsync();

        // Signing in and loading the jobs were reads by the admin: the trail shows them, newest first.
        var rows = page.Locator(".audit-table .el-table__body tr.el-table__row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await Assertions.Expect(rows.First.Locator(".audit-actor")).ToHaveTextAsync("admin");
        await page.Locator(".audit-verify").ClickAsync();
        await Assertions.Expect(page.Locator(".audit-verification")).ToContainTextAsync(hr.Text("哈希链完整", "The chain is intact"));
        await hr.CheckAsync("audit");

        // Filtered by actor: every row shown is theirs; the export link carries the same filter.
        await page.Locator("#audit-actor").FillAsync("admin");
        await page.Locator(".audit-search").ClickAsync();
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.All(await rows.Locator(".audit-actor").AllInnerTextsAsync(), actor => Assert.Equal("admin", actor));
        Assert.Contains("actor=admin", await page.Locator(".audit-export-csv").GetAttributeAsync("href"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".audit-export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("seq,at,actor", csv);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(HrConsoleSettings.EnLaptopZhPhone), MemberType = typeof(HrConsoleSettings))]
    public async Task HR_reads_the_jobs_adverse_impact_report_and_exports_the_bias_audit_summary(string language, int width)
    {
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("公平性报告", "Fairness report") }).ClickAsync();

        await Assertions.Expect(page.Locator(".fairness-people")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        await Assertions.Expect(page.Locator(".fairness-section").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".fairness-flags")).ToBeVisibleAsync();
        await hr.CheckAsync("fairness");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".fairness-export").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("measure,attribute,category", csv);
        await page.Context.CloseAsync();
    }
}
