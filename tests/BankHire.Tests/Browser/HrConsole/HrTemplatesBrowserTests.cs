using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Processes;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// A job's candidate messages in the new console, in Chinese and English on a laptop and a phone: both languages side
/// by side, an unknown variable refused, a preview in both languages, the job's own text saved and back to the default.
/// </summary>
public sealed class HrTemplatesBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleBrowserTests.Settings;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Hr_edits_a_message_previews_it_in_both_languages_and_saves_it_for_the_job(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var job = $"teller-msg-{Guid.NewGuid().ToString("N")[..6]}";
        (await api.PostAsJsonAsync("/api/jobs", new { id = job, templateCode = "teller", titleZh = "综合柜员（校园招聘）", titleEn = "Bank Teller (campus)", branchCode = "SH-LJZ", openings = 5 }))
            .EnsureSuccessStatusCode();
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await hr.PickJobAsync(job);
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("通知模板", "Messages") }).ClickAsync();

        var view = page.Locator($".templates-view[data-job-id='{job}']");
        await Assertions.Expect(view.Locator(".template-form")).ToHaveCountAsync(2);
        await view.Locator(".template-kinds").GetByText(hr.Text("预约提醒", "Reminder to book")).ClickAsync();
        await Assertions.Expect(page.Locator("#subject-zh-CN")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("请预约"));
        await hr.CheckAsync("templates");

        // An unknown variable is refused before anything is saved.
        await page.Locator("#subject-zh-CN").FillAsync("{oops} 请预约");
        await view.Locator(".preview-templates").ClickAsync();
        await Assertions.Expect(view.Locator(".template-form[data-language='zh-CN'] .form-error")).ToBeVisibleAsync();
        hr.ExpectedRefusalSeen();

        // The job's own subject, previewed in both languages with the job's title filled in.
        await page.Locator("#subject-zh-CN").FillAsync("【本岗位】请尽快预约「{jobTitle}」面试");
        await view.Locator(".preview-templates").ClickAsync();
        await Assertions.Expect(view.Locator(".template-form[data-language='zh-CN'] .preview-subject")).ToHaveTextAsync("【本岗位】请尽快预约「综合柜员（校园招聘）」面试");
        await Assertions.Expect(view.Locator(".template-form[data-language='en'] .preview-subject")).ToContainTextAsync("Bank Teller (campus)");
        await hr.CheckAsync("templates-preview");
        await view.Locator(".save-templates").ClickAsync();
        await Assertions.Expect(view.Locator(".template-form[data-language='zh-CN'] .el-tag")).ToHaveTextAsync(hr.Text("本岗位自定义", "this job's own"));

        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}/invitation-templates");
        var nudge = stored.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "Nudge" && t.GetProperty("language").GetString() == "zh-CN");
        Assert.True(nudge.GetProperty("custom").GetBoolean());
        Assert.Equal("【本岗位】请尽快预约「{jobTitle}」面试", nudge.GetProperty("subject").GetString());

        await view.Locator(".reset-templates").ClickAsync();
        await Assertions.Expect(view.Locator(".template-form[data-language='zh-CN'] .el-tag")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#subject-zh-CN")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^提醒：请预约"));
        await page.Context.CloseAsync();
    }
}
