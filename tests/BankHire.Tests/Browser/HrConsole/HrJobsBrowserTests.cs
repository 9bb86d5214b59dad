using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Processes;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// Jobs in the new console, in Chinese and English on a laptop and a phone: same-title jobs told apart in the list, the
/// posting changed, and the competency model's weights and a question changed into a new version.
/// </summary>
public sealed class HrJobsBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleBrowserTests.Settings;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Hr_tells_same_title_jobs_apart_and_changes_the_posting_and_the_model(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (first, second) = ($"teller-j1-{suffix}", $"teller-j2-{suffix}");
        foreach (var (id, branch) in new[] { (first, "GZ-TH"), (second, "CD-JJ") })
            (await api.PostAsJsonAsync("/api/jobs", new { id, templateCode = "teller", titleZh = "综合柜员（校园招聘）", titleEn = "Bank Teller (campus)", branchCode = branch, openings = 8 }))
                .EnsureSuccessStatusCode();

        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await hr.PickJobAsync(first);
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("岗位与模型", "Jobs and model") }).ClickAsync();

        // The two "综合柜员（校园招聘）" rows differ by id and branch; picking the second shows its settings.
        var rows = page.Locator(".jobs-table .el-table__row").Filter(new() { HasTextString = suffix });
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Filter(new() { HasTextString = first })).ToContainTextAsync("GZ-TH");
        await Assertions.Expect(rows.Filter(new() { HasTextString = second })).ToContainTextAsync("CD-JJ");
        await page.Locator($".job-pick[data-job-id='{second}']").ClickAsync();
        await Assertions.Expect(page.Locator($".jobs-view[data-job-id='{second}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#job-branch")).ToHaveValueAsync("CD-JJ");
        await hr.CheckAsync("jobs");

        // The posting: more openings, saved without a new model version.
        await page.Locator("#job-openings").FillAsync("12");
        await page.Locator("#job-branch").FillAsync("CD-JJ2");
        await page.Locator(".save-posting").ClickAsync();
        await Assertions.Expect(page.Locator(".el-message")).ToContainTextAsync(hr.Text("岗位信息已保存。", "Posting saved."));
        await Assertions.Expect(rows.Filter(new() { HasTextString = second })).ToContainTextAsync("CD-JJ2");

        // The model: a weight (its share shown), a question's wording, a change note; saved as version 2.
        var weight = page.Locator("#weight-0");
        await weight.FillAsync("0.9");
        await weight.BlurAsync();
        await Assertions.Expect(page.Locator(".competency-row").First.Locator(".competency-share")).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^$"));
        await page.Locator(".question-item").First.Locator(".el-collapse-item__header").ClickAsync();
        await page.Locator("#q-zh-0").FillAsync("请做一个一分钟的自我介绍（已修改）。");
        await page.Locator("#model-note").FillAsync("第一项能力权重调高");
        await hr.CheckAsync("jobs-model");
        await page.Locator(".save-model").ClickAsync();
        await Assertions.Expect(page.Locator(".model-saved")).ToContainTextAsync(hr.Text("已保存为第 2 版。", "Saved as version 2."));

        var job = await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{second}");
        Assert.Equal(12, job.GetProperty("posting").GetProperty("openings").GetInt32());
        Assert.Equal(2, job.GetProperty("rubricVersion").GetInt32());
        Assert.Equal("请做一个一分钟的自我介绍（已修改）。", job.GetProperty("model").GetProperty("questions")[0].GetProperty("textZh").GetString());
        var versions = await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{second}/versions");
        Assert.Contains(versions.EnumerateArray(), v => v.GetProperty("changeNote").GetString() == "第一项能力权重调高");
        await page.Context.CloseAsync();
    }
}
