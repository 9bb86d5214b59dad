using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The admin's bank settings (names, branches and their check-in radius; a bad branch refused by its field) and the
/// second-round scorecard handed in from the profile drawer for the assigned interviewer, shown beside the AI's scores.
/// </summary>
public sealed class HrScorecardAndBankBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleSettings.EnLaptopZhPhone;

    private static ViewportSize Size(int width) => width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task An_interviewers_scorecard_is_handed_in_from_the_profile_and_shown_beside_the_ai(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var job = $"round-{Guid.NewGuid():N}"[..20];
        (await api.PostAsJsonAsync("/api/jobs", new { id = job, templateCode = "teller" })).EnsureSuccessStatusCode();
        var created = await api.PostAsJsonAsync("/api/candidates", new { fullName = "欧阳复试", jobId = job, email = $"{job}@example.edu.cn" });
        created.EnsureSuccessStatusCode();
        var candidate = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await api.PostAsJsonAsync($"/api/candidates/{candidate}/second-round", new { interviewers = new[] { "admin" } })).EnsureSuccessStatusCode();
        var competencies = (await api.GetFromJsonAsync<JsonElement>("/api/jobs")).EnumerateArray().Single(j => j.GetProperty("id").GetString() == job)
            .GetProperty("model").GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToArray();

        var hr = await HrConsolePage.SignedInAsync(app, language, Size(width));
        var page = hr.Page;
        await hr.PickJobAsync(job);
        await hr.Row("欧阳复试").Locator(".candidate-name").ClickAsync();
        var drawer = page.Locator(".profile-drawer");
        await drawer.GetByRole(AriaRole.Tab, new() { Name = hr.Text("复试", "Second round") }).ClickAsync();
        var form = drawer.Locator(".scorecard-form");
        await Assertions.Expect(form).ToBeVisibleAsync();

        // Nothing rated: said by the form, nothing sent.
        await form.Locator(".submit-scorecard").ClickAsync();
        await Assertions.Expect(form.Locator(".form-error")).ToHaveTextAsync(hr.Text("请至少为一项能力打分。", "Rate at least one competency."));

        await form.Locator($"#score-{competencies[0]}").FillAsync("82");
        await page.Keyboard.PressAsync("Tab");
        await form.Locator($"#score-{competencies[1]}").FillAsync("64");
        await page.Keyboard.PressAsync("Tab");
        await form.Locator("#scorecard-comment").FillAsync("表达清楚");
        await hr.CheckAsync("scorecard");
        await form.Locator(".submit-scorecard").ClickAsync();
        await Assertions.Expect(drawer.Locator(".scorecards")).ToContainTextAsync("82.0");
        await Assertions.Expect(drawer.Locator(".scorecard-verdicts")).ToContainTextAsync(hr.Text("admin: 复试通过", "admin: Passed the second round"));

        var round = await api.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidate}/second-round");
        var card = round.GetProperty("scorecards").EnumerateArray().Single();
        Assert.Equal("admin", card.GetProperty("interviewer").GetString());
        Assert.Equal("SecondRoundPassed", card.GetProperty("verdict").GetString());
        Assert.Equal([82.0, 64.0], card.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("score").GetDouble()));
        Assert.Equal("表达清楚", card.GetProperty("comment").GetString());
        // The form now holds the card handed in, to change rather than start over.
        await Assertions.Expect(drawer.Locator($".scorecard-form #score-{competencies[0]}")).ToHaveValueAsync("82");
        await hr.CheckAsync("scorecard-handed-in");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task The_admin_adds_a_branch_to_the_bank_settings_after_a_refusal_and_removes_it_again(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var hr = await HrConsolePage.SignedInAsync(app, language, Size(width));
        var page = hr.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("银行设置", "Bank settings") }).ClickAsync();
        await Assertions.Expect(page.Locator("#bank-name-zh")).ToHaveValueAsync("示范银行");
        await Assertions.Expect(page.Locator("#bank-name-en")).ToHaveValueAsync("Demo Bank");
        var branches = page.Locator(".branch-row");
        var count = await branches.CountAsync();
        Assert.True(count > 0);
        await hr.CheckAsync("bank");

        // A new branch with no code is refused by that field.
        await page.Locator(".add-branch").ClickAsync();
        await Assertions.Expect(branches).ToHaveCountAsync(count + 1);
        await page.Locator(".save-bank").ClickAsync();
        await Assertions.Expect(branches.Nth(count).Locator(".el-form-item__error")).ToBeVisibleAsync();
        hr.ExpectedRefusalSeen();

        var code = $"T-{Guid.NewGuid().ToString("N")[..4].ToUpperInvariant()}";
        await page.Locator($"#branch-code-{count}").FillAsync(code);
        await page.Locator($"#branch-zh-{count}").FillAsync("测试支行");
        await page.Locator($"#branch-en-{count}").FillAsync("Test branch");
        await page.Locator($"#branch-city-{count}").FillAsync("上海");
        await page.Locator($"#branch-radius-{count}").FillAsync("300");
        await page.Keyboard.PressAsync("Tab");
        await page.Locator(".save-bank").ClickAsync();
        await Assertions.Expect(branches.Nth(count).Locator("legend")).ToHaveTextAsync(code);
        await Assertions.Expect(page.Locator(".el-form-item__error")).ToHaveCountAsync(0);
        var saved = await api.GetFromJsonAsync<JsonElement>("/api/bank");
        var added = saved.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("code").GetString() == code);
        Assert.Equal(300, added.GetProperty("geofenceMeters").GetDouble());
        Assert.Equal("测试支行", added.GetProperty("nameZh").GetString());
        await hr.CheckAsync("bank-saved");

        await branches.Nth(count).Locator(".remove-branch").ClickAsync();
        await page.Locator(".save-bank").ClickAsync();
        await Assertions.Expect(branches).ToHaveCountAsync(count);
        await Eventually.TrueAsync(async () => (await api.GetFromJsonAsync<JsonElement>("/api/bank")).GetProperty("branches").GetArrayLength() == count,
            TimeSpan.FromSeconds(10), "the branch removed");
        await page.Context.CloseAsync();
    }
}
