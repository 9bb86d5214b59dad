using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Processes;
using BankHire.Web.Demo;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The people screens of the new console on the demo cohort (hired a year ago, so months of attendance and reviews exist):
/// every employee's month with the attrition risk and its reasons, a leave request approved, the month as XLSX, a branch's
/// check-in QR code; the validity study of the interview scores against performance with its proposed weights accepted
/// (or, when they gain nothing, the reason why not); the model card with released and withheld measures and their figures.
/// </summary>
public sealed class HrPeopleBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleSettings.ZhLaptopEnPhone;

    private static ViewportSize Size(int width) => width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop;

    /// <summary>A demo hire asks for a day's leave from the employee page (signed in by the code HR issues).</summary>
    private async Task<(Guid Employee, string Name, string Reason)> LeaveRequestAsync(HttpClient hr)
    {
        var employee = (await hr.GetFromJsonAsync<JsonElement>("/api/employees")).EnumerateArray()
            .First(e => e.GetProperty("record").GetProperty("jobId").GetString() == DemoCohort.JobId && e.GetProperty("record").GetProperty("leftOn").ValueKind == JsonValueKind.Null);
        var id = employee.GetProperty("id").GetGuid();
        var issued = await (await hr.PostAsync($"/api/employees/{id}/sign-in-code", null)).Content.ReadFromJsonAsync<JsonElement>();
        using var phone = new HttpClient { BaseAddress = app.App.BaseAddress };
        phone.DefaultRequestHeaders.Add(BankHire.Web.Attendance.EmployeeSignIn.CodeHeader, issued.GetProperty("code").GetString());
        var reason = $"家事 {Guid.NewGuid().ToString("N")[..4]}";
        // Each case asks for the same employee: a day an earlier case already took is a 409, so the next day is asked.
        HttpResponseMessage asked;
        var day = DateOnly.FromDateTime(DateTime.Today.AddDays(Random.Shared.Next(10, 60)));
        while ((asked = await phone.PostAsJsonAsync("/api/employee/leave", new { kind = "Personal", from = day, to = day, reason })).StatusCode
               == System.Net.HttpStatusCode.Conflict && day < DateOnly.FromDateTime(DateTime.Today.AddDays(120)))
            day = day.AddDays(1);
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync());
        return (id, employee.GetProperty("record").GetProperty("fullName").GetString()!, reason);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Hr_reads_every_employees_month_and_attrition_risk_approves_leave_exports_the_month_and_shows_a_branch_code(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var (employee, name, reason) = await LeaveRequestAsync(api);
        var hr = await HrConsolePage.SignedInAsync(app, language, Size(width));
        var page = hr.Page;

        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("考勤", "Attendance"), Exact = true }).ClickAsync();
        var rows = page.Locator(".attendance-table .el-table__body tr.el-table__row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.True(await rows.CountAsync() >= DemoCohort.Size, $"{await rows.CountAsync()} rows for a cohort of {DemoCohort.Size}");
        await Assertions.Expect(rows.First.Locator(".attendance-line")).ToContainTextAsync(hr.Text("出勤", "Present"));
        // Every employee still there has a risk level in the reader's words (with the score once three months are recorded).
        await Assertions.Expect(page.Locator(".attendance-table .risk-level").First)
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(hr.Text("^(低|中|高|数据不足)", "^(low|medium|high|not enough data)")));

        var item = page.Locator(".pending-item").Filter(new() { HasTextString = reason });
        await Assertions.Expect(item).ToContainTextAsync(name);
        await hr.CheckAsync("attendance");
        await item.Locator(".pending-approve").ClickAsync();
        await Assertions.Expect(item).ToHaveCountAsync(0);
        var leave = await api.GetFromJsonAsync<JsonElement>($"/api/employees/{employee}/leave");
        Assert.Equal("Approved", leave.EnumerateArray().Single(l => l.GetProperty("reason").GetString() == reason).GetProperty("status").GetString());

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.export-xlsx").ClickAsync());
        Assert.Matches(@"^attendance-\d{4}-\d{2}\.xlsx$", download.SuggestedFilename);
        Assert.True(new FileInfo(await download.PathAsync()).Length > 1000);

        await page.Locator(".branch-qr").First.ClickAsync();
        await Assertions.Expect(page.Locator(".branch-code img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        await Assertions.Expect(page.Locator(".branch-code figcaption")).ToContainTextAsync(hr.Text("每 30 秒更换", "changes every 30 s"));
        await hr.CheckAsync("attendance-qr");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Hr_reads_the_validity_study_accepts_the_proposed_weights_or_is_told_why_not_and_reads_the_model_card(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var study = await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{DemoCohort.JobId}/validity");
        var hr = await HrConsolePage.SignedInAsync(app, language, Size(width));
        var page = hr.Page;
        await hr.PickJobAsync(DemoCohort.JobId);

        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("预测效度", "Predictive validity") }).ClickAsync();
        var view = page.Locator($".validity-view[data-job-id='{DemoCohort.JobId}']");
        await Assertions.Expect(view.Locator(".validity-hires")).ToContainTextAsync(study.GetProperty("hires").GetInt32().ToString(), new() { Timeout = 60_000 });
        await Assertions.Expect(view.Locator(".validity-cells")).ToContainTextAsync(hr.Text("绩效", "Performance"));
        await Assertions.Expect(view.Locator(".validity-cells")).ToContainTextAsync(hr.Text("AI 面试总分", "AI interview overall"));
        await Assertions.Expect(view.Locator(".proposal-table .proposed-share").First).ToContainTextAsync("%");
        await hr.CheckAsync("validity");

        var before = (await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{DemoCohort.JobId}/versions")).GetArrayLength();
        if (study.GetProperty("proposal").GetProperty("improves").GetBoolean())
        {
            // A second tab holds the same proposal; accepted in the first, it is stale in the second, which is refused (409) and says why.
            var stale = await page.Context.NewPageAsync();
            await stale.GotoAsync("/hr/");
            await stale.GetByRole(AriaRole.Tab, new() { Name = hr.Text("预测效度", "Predictive validity") }).ClickAsync();
            var staleView = stale.Locator($".validity-view[data-job-id='{DemoCohort.JobId}']");
            await Assertions.Expect(staleView.Locator(".accept-weights")).ToBeVisibleAsync(new() { Timeout = 60_000 });

            await view.Locator(".accept-weights").ClickAsync();
            var confirm = page.Locator(".el-message-box");
            await Assertions.Expect(confirm).ToContainTextAsync(hr.Text($"第 {before + 1} 版", $"version {before + 1}"));
            await confirm.GetByRole(AriaRole.Button, new() { Name = hr.Text("采纳", "Accept"), Exact = true }).ClickAsync();
            await Assertions.Expect(view.Locator(".accept-status")).ToContainTextAsync(hr.Text($"第 {before + 1} 版", $"version {before + 1}"), new() { Timeout = 60_000 });
            Assert.Equal(before + 1, (await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{DemoCohort.JobId}/versions")).GetArrayLength());

            await staleView.Locator(".accept-weights").ClickAsync();
            await stale.Locator(".el-message-box").GetByRole(AriaRole.Button, new() { Name = hr.Text("采纳", "Accept"), Exact = true }).ClickAsync();
            await Assertions.Expect(staleView.Locator(".accept-refused")).ToContainTextAsync(
                new System.Text.RegularExpressions.Regex(hr.Text("^未采纳：", "no better than the current ones|not the study's current proposal")), new() { Timeout = 60_000 });
            Assert.Equal(before + 1, (await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{DemoCohort.JobId}/versions")).GetArrayLength());
            await Assertions.Expect(staleView.Locator(".validity-cells")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await new HrConsolePage(stale, language, Size(width)).CheckAsync("validity-refused");
            await stale.CloseAsync();
        }
        else
        {
            await Assertions.Expect(view.Locator(".no-gain")).ToContainTextAsync(hr.Text("不建议采纳", "Not offered"));
            await Assertions.Expect(view.Locator(".accept-weights")).ToHaveCountAsync(0);
        }
        await Assertions.Expect(view.Locator(".validity-cells")).ToBeVisibleAsync(new() { Timeout = 60_000 }); // the study asked again
        await hr.CheckAsync("validity-decided");

        // The card as the server states it: a released measure with its figure, and a withheld one with the reason.
        var card = (await api.GetFromJsonAsync<JsonElement>("/api/model-card")).GetProperty("analysers").EnumerateArray().ToArray();
        var released = card.First(a => a.GetProperty("release").GetString() == "Released" && a.GetProperty("accuracy").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } f && f.GetProperty("unit").GetString() == "ratio");
        var figure = released.GetProperty("accuracy").EnumerateArray().First().GetProperty("value").GetDouble();
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("模型说明", "Model card") }).ClickAsync();
        var shown = page.Locator($".model-card-entry[data-analyser='{released.GetProperty("key").GetString()}']").First;
        await Assertions.Expect(shown.Locator(".release")).ToHaveTextAsync(hr.Text("已发布，计入评分", "Released: counts in scores"));
        await Assertions.Expect(shown.Locator(".figure-value").First).ToHaveTextAsync($"{(figure * 100).ToString(figure < 0.1 ? "0.0" : "0", System.Globalization.CultureInfo.InvariantCulture)} %");
        if (card.FirstOrDefault(a => a.GetProperty("release").GetString() == "Withheld") is { ValueKind: JsonValueKind.Object } withheld)
        {
            var kept = page.Locator($".model-card-entry[data-analyser='{withheld.GetProperty("key").GetString()}']").First;
            await Assertions.Expect(kept.Locator(".release")).ToHaveTextAsync(hr.Text("保留，不计入评分", "Withheld: not in scores"));
            await Assertions.Expect(kept.Locator(".release-note")).ToHaveTextAsync(withheld.GetProperty("releaseNote").GetString()!);
        }
        await hr.CheckAsync("model-card");
        await page.Context.CloseAsync();
    }
}
