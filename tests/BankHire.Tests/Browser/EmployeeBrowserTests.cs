using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Processes;
using BankHire.Web.Demo;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>
/// The employee page in Chromium on a phone, with the location overridden: inside the branch's geofence the check-in is
/// accepted, outside it is refused with the reason; offline, a check-in waits in the page (IndexedDB) and is sent when the
/// network is back, kept as queued with both times. Screenshots at 390×844 and 1280×800.
/// </summary>
public sealed class EmployeeBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Answered = new() { Timeout = 30_000 };
    private static readonly Guid Hired = DemoBank.CandidateId(DemoBank.Candidates.First(c => c.Stage == BankHire.Candidates.CandidateStage.Hired));

    // 深圳福田支行: 22.5411, 114.0579, 300 m.
    private static readonly Geolocation AtTheBranch = new() { Latitude = 22.5413f, Longitude = 114.0582f, Accuracy = 25 };
    private static readonly Geolocation AcrossTown = new() { Latitude = 22.5600f, Longitude = 114.0579f, Accuracy = 25 };

    [Fact]
    public async Task An_employee_checks_in_at_the_branch_is_refused_across_town_and_an_offline_check_in_is_sent_later()
    {
        using var hr = await WebApp.SignInAsync(app.App);
        var issued = await (await hr.PostAsync($"/api/employees/{Hired}/sign-in-code", null)).Content.ReadFromJsonAsync<JsonElement>();
        var link = new Uri(issued.GetProperty("link").GetString()!);

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
            BaseURL = app.App.BaseAddress.ToString(), TimezoneId = "Asia/Shanghai", Locale = "zh-CN",
            Geolocation = AtTheBranch, Permissions = ["geolocation"],
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/employee.html{link.Fragment}");

        await Assertions.Expect(page.Locator("#home-title")).ToHaveTextAsync("周杰，您好", Answered);
        Assert.DoesNotContain("#code=", page.Url); // the code leaves the address bar
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the phone page scrolls sideways");

        // Inside the geofence: accepted, and the page says where.
        await page.GetByRole(AriaRole.Button, new() { Name = "上班打卡" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-result")).ToHaveTextAsync("打卡成功", Answered);
        await Assertions.Expect(page.Locator("#where-hint")).ToContainTextAsync("范围内");
        await Screenshots.BothSizesAsync(page, "employee-1-checked-in");

        // Across town: refused with the reason, and kept.
        await context.SetGeolocationAsync(AcrossTown);
        await page.GetByRole(AriaRole.Button, new() { Name = "下班打卡" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-result")).ToHaveTextAsync("打卡未通过：不在网点范围内", Answered);
        await Assertions.Expect(page.Locator("#recent li").First).ToContainTextAsync("不在网点范围内");
        await Screenshots.BothSizesAsync(page, "employee-2-outside");

        // Offline: the check-in waits on the phone, then goes when the network is back.
        await context.SetOfflineAsync(true);
        await page.GetByLabel("主管确认").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "上班打卡" }).ClickAsync();
        await Assertions.Expect(page.Locator("#queue-status")).ToContainTextAsync("已保存在本机", new() { Timeout = 30_000 });
        await Screenshots.BothSizesAsync(page, "employee-3-offline");
        await context.SetOfflineAsync(false);
        await page.EvaluateAsync("window.bankhireEmployee.flush()");
        await Assertions.Expect(page.Locator("#queue-status")).ToHaveTextAsync("离线打卡已提交。", Answered);

        var stored = await hr.GetFromJsonAsync<JsonElement>($"/api/employees/{Hired}/check-ins?month={DateTimeOffset.UtcNow:yyyy-MM}");
        var outcomes = stored.EnumerateArray().Select(c => (Method: c.GetProperty("method").GetString(), Outcome: c.GetProperty("outcome").GetString(),
            Queued: c.GetProperty("queued").GetBoolean())).ToList();
        Assert.Contains(("Location", "Accepted", false), outcomes);
        Assert.Contains(("Location", "Refused", false), outcomes);
        Assert.Contains(("Supervisor", "Pending", true), outcomes);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("#home-title")).ToHaveTextAsync("Hello, 周杰");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await context.CloseAsync();
    }
}
