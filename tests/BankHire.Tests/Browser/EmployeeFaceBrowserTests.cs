using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Web.Demo;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BankHire.Tests.Browser;

/// <summary>
/// Face check-in on the employee page in Chromium, whose fake camera plays a Debian portrait that never moves — a
/// photo held up to the camera: the employee consents, the enrolment's live challenge refuses the photo with the
/// reason and enrols nothing, a face check-in then says no face is enrolled; by location the same phone is accepted
/// inside the geofence and refused across town.
/// </summary>
[Collection(CameraBrowserCollection.Name)]
public sealed class EmployeeFaceBrowserTests(InterviewBrowserFixture app, ITestOutputHelper output) : IDisposable
{
    private static readonly LocatorAssertionsToContainTextOptions Answered = new() { Timeout = 60_000 };
    private static readonly Guid Hired = DemoBank.CandidateId(DemoBank.Candidates.First(c => c.Stage == BankHire.Candidates.CandidateStage.Hired));

    // 深圳福田支行: 22.5411, 114.0579, 300 m.
    private static readonly Geolocation AtTheBranch = new() { Latitude = 22.5412f, Longitude = 114.0580f, Accuracy = 20 };
    private static readonly Geolocation AcrossTown = new() { Latitude = 22.5650f, Longitude = 114.0579f, Accuracy = 20 };

    public void Dispose()
    {
        while (app.BrowserLog.TryDequeue(out var line)) output.WriteLine(line);
    }

    [Fact]
    public async Task A_photo_held_to_the_camera_is_refused_by_the_live_challenge_and_location_decides_inside_and_outside_the_geofence()
    {
        var issued = await (await app.Hr.PostAsync($"/api/employees/{Hired}/sign-in-code", null)).Content.ReadFromJsonAsync<JsonElement>();
        var link = new Uri(issued.GetProperty("link").GetString()!);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
            BaseURL = app.App.BaseAddress.ToString(), TimezoneId = "Asia/Shanghai", Locale = "zh-CN",
            Geolocation = AtTheBranch, Permissions = ["geolocation", "camera"],
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => app.BrowserLog.Enqueue($"page error: {error}");
        await page.GotoAsync($"/employee.html{link.Fragment}");
        await Assertions.Expect(page.Locator("#home-title")).ToContainTextAsync("周杰", Answered);

        await page.GetByLabel("人脸打卡").CheckAsync();
        await Assertions.Expect(page.Locator("#face-status")).ToContainTextAsync("单独同意");
        await page.Locator("#face-consent").CheckAsync();
        await Assertions.Expect(page.Locator("#face-status")).ToContainTextAsync("尚未登记人脸");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记我的人脸" }).ClickAsync();
        await Assertions.Expect(page.Locator("#face-instruction")).ToContainTextAsync("请看着屏幕");
        await Assertions.Expect(page.Locator("#face-instruction")).ToContainTextAsync("照片或屏幕画面无法通过", Answered);
        await Screenshots.SaveAsync(page, "employee-face-photo-refused");
        await Assertions.Expect(page.Locator("#face-status")).ToContainTextAsync("尚未登记人脸");

        await page.GetByRole(AriaRole.Button, new() { Name = "上班打卡" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-result")).ToContainTextAsync("尚未登记人脸", Answered);

        await page.GetByLabel("定位打卡").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "上班打卡" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-result")).ToContainTextAsync("打卡成功", Answered);
        await context.SetGeolocationAsync(AcrossTown);
        await page.GetByRole(AriaRole.Button, new() { Name = "下班打卡" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-result")).ToContainTextAsync("不在网点范围内", Answered);
        await context.CloseAsync();
    }
}
