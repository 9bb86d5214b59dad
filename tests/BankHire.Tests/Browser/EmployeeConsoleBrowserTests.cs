using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>The console's employee and validity screens on the demo cohort, in Chromium: text-only rendering, zh then en.</summary>
public sealed class EmployeeConsoleBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Loaded = new() { Timeout = 60_000 };

    [Fact]
    public async Task HR_sees_the_hired_cohorts_attendance_and_risk_and_accepts_the_validity_weights_as_a_new_version()
    {
        var page = await ConsolePage.SignedInAsync(app);
        await ConsolePage.TabAsync(page, "员工与考勤");
        var employees = page.Locator("table.employees");
        await Assertions.Expect(employees).ToBeVisibleAsync(Loaded);
        Assert.True(await employees.Locator("tbody tr").CountAsync() >= BankHire.Web.Demo.DemoCohort.Size);
        await Assertions.Expect(employees.Locator("tbody tr").First).ToContainTextAsync("出勤");
        await Screenshots.SaveAsync(page, "console-employees");

        await ConsolePage.TabAsync(page, "预测效度");
        var teller = page.Locator($".validity-job[data-job-id='{BankHire.Web.Demo.DemoCohort.JobId}']");
        await Assertions.Expect(teller).ToBeVisibleAsync(Loaded);
        await Assertions.Expect(teller.Locator("table.validity")).ToContainTextAsync("绩效");
        await Screenshots.SaveAsync(page, "console-validity");
        await teller.GetByRole(AriaRole.Button, new() { Name = "采纳为新版本能力模型" }).ClickAsync();
        await Assertions.Expect(teller.Locator("p[role=status]")).ToContainTextAsync("validity study", new() { Timeout = 30_000 });
    }
}
