using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BankHire.Tests.Processes;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// A job from a template in the new console, then its competency model's indicators and screening terms edited: the
/// API's reasons shown next to the fields they concern (in Chinese in the Chinese console), a new version saved and
/// listed in the version history. Chinese on a laptop, English on a phone.
/// </summary>
public sealed class HrJobCreationBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleSettings.ZhLaptopEnPhone;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Hr_creates_a_job_from_a_template_sees_the_models_reasons_by_the_fields_and_saves_a_new_version(string language, int width)
    {
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("岗位与模型", "Jobs and model") }).ClickAsync();

        // 1. From the risk-analyst template: its competencies in the console's language; a bad id refused beside the field.
        await page.Locator(".new-job").ClickAsync();
        var dialog = page.Locator(".new-job-dialog");
        await dialog.Locator(".new-job-template").ClickAsync();
        await page.Locator(".el-select-dropdown .template-option[data-code='risk-analyst']").ClickAsync();
        await Assertions.Expect(dialog.Locator(".template-competencies")).ToContainTextAsync(hr.Text("逻辑思维", "Logical thinking"));
        await dialog.Locator("#new-job-id").FillAsync("Bad Id!");
        await dialog.Locator(".create-job").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-field=id] .el-form-item__error"))
            .ToHaveTextAsync(hr.Text("岗位编号应为 2–64 个小写字母、数字或连字符。", "A job id is 2–64 lower-case letters, digits and dashes."));
        hr.ExpectedRefusalSeen();
        await hr.CheckAsync("job-new");

        var jobId = "risk-editor-" + Guid.NewGuid().ToString("N")[..6];
        await dialog.Locator("#new-job-id").FillAsync(jobId);
        await dialog.Locator("#new-job-openings").FillAsync("12");
        await dialog.Locator(".create-job").ClickAsync();
        // Created, picked, and HR lands on the new job's resumes, where a drive goes next.
        await Assertions.Expect(page.Locator($".resumes-view[data-job-id='{jobId}']")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("岗位与模型", "Jobs and model") }).ClickAsync();
        await Assertions.Expect(page.Locator($".jobs-view[data-job-id='{jobId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#job-title-zh")).ToHaveValueAsync("风险分析师（校园招聘）");

        // 2. A zero weight and an indicator's target outside its feature's range: each reason next to its field.
        await page.Locator("#weight-0").FillAsync("0");
        await page.Locator("#weight-0").BlurAsync();
        await page.Locator(".competency-block[data-index='1'] .el-collapse-item__header").ClickAsync();
        await page.Locator("#ind-target-1-0").FillAsync("5");
        await page.Locator("#ind-target-1-0").BlurAsync();
        await page.Locator(".save-model").ClickAsync();
        await Assertions.Expect(page.Locator("[data-field='model.competencies[0].weight'] .el-form-item__error"))
            .ToHaveTextAsync(hr.Text("必须为正数，当前为 0", "must be a positive number, got 0"));
        await Assertions.Expect(page.Locator("[data-field='model.competencies[1].indicators[0].target'] .el-form-item__error")).ToContainTextAsync(hr.Text(
            "目标值超出“要点覆盖率”的范围（ratio）：应在 0 到 1 之间，当前为 5",
            "target outside the range of “share of the question's expected points covered” (ratio): must be between 0 and 1, got 5"));
        await Assertions.Expect(page.Locator(".model-error")).ToHaveTextAsync(hr.Text("未保存：请查看标出的字段。", "Not saved: see the marked fields."));
        hr.ExpectedRefusalSeen();
        await hr.CheckAsync("job-model-reasons");

        // 3. Fixed, with new screening terms, no facial indicators and a higher second-round cut-off: saved as version 2.
        await page.Locator("#weight-0").FillAsync("0.4");
        await page.Locator("#ind-target-1-0").FillAsync("0.8");
        await page.Locator("#c-terms-1").FillAsync("风险计量, 信贷分析, 压力测试");
        await page.Locator("#c-terms-1").BlurAsync();
        await page.Locator(".policy-facial").ClickAsync();
        await page.Locator("#policy-second").FillAsync("65");
        await page.Locator("#model-note").FillAsync("提高逻辑思维权重，不使用面部指标");
        await page.Locator(".save-model").ClickAsync();
        await Assertions.Expect(page.Locator(".model-saved")).ToContainTextAsync(hr.Text("已保存为第 2 版。", "Saved as version 2."));
        await Assertions.Expect(page.Locator("[data-field='model.competencies[0].weight'] .el-form-item__error")).ToHaveCountAsync(0);

        using var api = await WebApp.SignInAsync(app.App);
        var saved = await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
        Assert.Equal(2, saved.GetProperty("rubricVersion").GetInt32());
        Assert.Equal(12, saved.GetProperty("posting").GetProperty("openings").GetInt32());
        var model = saved.GetProperty("model");
        Assert.False(model.GetProperty("policy").GetProperty("facialIndicatorsAllowed").GetBoolean());
        Assert.Equal(65, model.GetProperty("policy").GetProperty("secondRoundCutoff").GetDouble());
        Assert.Equal(0.8, model.GetProperty("competencies")[1].GetProperty("indicators")[0].GetProperty("target").GetDouble());
        Assert.Equal(["风险计量", "信贷分析", "压力测试"], model.GetProperty("competencies")[1].GetProperty("resumeTerms").EnumerateArray().Select(t => t.GetString()));

        // 4. The version history: newest first, with the note, each version downloadable as JSON.
        var versions = page.Locator(".version-row");
        await Assertions.Expect(versions).ToHaveCountAsync(2);
        await Assertions.Expect(versions.First).ToContainTextAsync("v2");
        await Assertions.Expect(versions.First).ToContainTextAsync("提高逻辑思维权重，不使用面部指标");
        await Assertions.Expect(versions.Last.Locator(".version-note")).ToHaveTextAsync(hr.Text("创建岗位时的版本", "created with the job"));
        await Assertions.Expect(versions.First.Locator(".version-json")).ToHaveAttributeAsync("href", new Regex($"/api/jobs/{jobId}/versions/2$"));
        await versions.First.ScrollIntoViewIfNeededAsync();
        await hr.CheckAsync("job-versions");
        await page.Context.CloseAsync();
    }
}
