using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Processes;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The admin's screens in the new console, in Chinese and English on a laptop and a phone: users (create, change roles,
/// disable) and integrations (an API key with scopes shown once and copied, then revoked; a webhook subscribed).
/// </summary>
public sealed class HrAdminBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleBrowserTests.Settings;

    [Theory]
    [MemberData(nameof(HrConsoleSettings.EnLaptopZhPhone), MemberType = typeof(HrConsoleSettings))]
    public async Task The_admin_creates_a_user_changes_their_roles_and_disables_them(string language, int width)
    {
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("用户与角色", "Users and roles") }).ClickAsync();
        var name = $"hr-{Guid.NewGuid():N}"[..14];

        await page.Locator("#new-user-name").FillAsync(name);
        await page.Locator("#new-user-password").FillAsync("Campus-Drive-2027!");
        await page.Locator(".create-user").ClickAsync();
        var row = page.Locator(".users-table .el-table__row").Filter(new() { Has = page.Locator(".user-name", new() { HasTextString = name }) });
        await Assertions.Expect(row.Locator(".user-roles")).ToContainTextAsync(hr.Text("招聘专员", "Recruiter"));
        await hr.CheckAsync("users");

        // A second role from the row's list, saved at once.
        await row.Locator(".user-roles").ClickAsync();
        await page.Locator(".el-select-dropdown:visible .el-select-dropdown__item").Filter(new() { HasTextString = hr.Text("面试官", "Interviewer") }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(row.Locator(".user-roles")).ToContainTextAsync(hr.Text("面试官", "Interviewer"));
        // Disabled: the tag says so and the server refuses their sign-in.
        await row.Locator(".user-toggle").ClickAsync();
        await Assertions.Expect(row.Locator(".user-state")).ToHaveTextAsync(hr.Text("已停用", "Disabled"));
        await hr.CheckAsync("users-changed");

        using var api = await WebApp.SignInAsync(app.App);
        var listed = (await api.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == name);
        Assert.True(listed.GetProperty("disabled").GetBoolean());
        Assert.Equal(["Recruiter", "Interviewer"], listed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        using var them = new HttpClient { BaseAddress = app.App.BaseAddress };
        Assert.False((await them.PostAsJsonAsync("/api/auth/login", new { userName = name, password = "Campus-Drive-2027!" })).IsSuccessStatusCode);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task The_admin_creates_an_api_key_copies_it_once_revokes_it_and_subscribes_a_webhook(string language, int width)
    {
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("系统集成", "Integrations") }).ClickAsync();
        var keyName = $"core-hr-{Guid.NewGuid():N}"[..16];

        await page.Locator("#key-name").FillAsync(keyName);
        await page.Locator(".key-scopes").GetByText(hr.Text("读取报告", "Read reports")).ClickAsync();
        await page.Locator(".create-key").ClickAsync();
        var key = page.Locator(".new-key-value input");
        await Assertions.Expect(key).Not.ToHaveValueAsync("");
        await page.Locator(".copy-key").ClickAsync();
        Assert.Equal(await key.InputValueAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        var row = page.Locator(".keys-table .el-table__row").Filter(new() { HasTextString = keyName });
        await Assertions.Expect(row).ToContainTextAsync(hr.Text("读取候选人、读取报告", "Read candidates、Read reports"));
        await hr.CheckAsync("integrations");

        // The key works until it is revoked.
        using var withKey = new HttpClient { BaseAddress = app.App.BaseAddress };
        withKey.DefaultRequestHeaders.Add("X-Api-Key", await key.InputValueAsync());
        Assert.True((await withKey.GetAsync("/api/jobs")).IsSuccessStatusCode);
        await row.Locator(".revoke-key").ClickAsync();
        await Assertions.Expect(row.Locator(".key-state")).ToContainTextAsync(hr.Text("已于", "Revoked"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await withKey.GetAsync("/api/jobs")).StatusCode);

        // A webhook for finished reports.
        var url = $"https://hr.bank.example/hooks/{keyName}";
        await page.Locator("#hook-url").FillAsync(url);
        await page.Locator(".create-hook").ClickAsync();
        await Assertions.Expect(page.Locator(".hooks-table .el-table__row").Filter(new() { HasTextString = url })).ToContainTextAsync(hr.Text("面试报告生成", "Interview report ready"));
        await hr.CheckAsync("integrations-hook");
        await page.Context.CloseAsync();
    }
}
