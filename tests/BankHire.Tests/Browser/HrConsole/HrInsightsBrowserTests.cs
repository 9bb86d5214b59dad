using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using Microsoft.Playwright;
using static BankHire.Tests.TalentPool.PoolResumes;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The new console's analytics, talent pool and employees screens, in Chinese and English on a laptop and a phone, on one
/// fresh teller job: the job's funnel without empty stages, "no data yet" where nothing was measured, a new candidate
/// showing up without a reload, a period with no one; the pool flagging the open top scorer and not the rejected one;
/// an employee's onboarding item ticked off, their month's attendance and reviews.
/// </summary>
public sealed class HrInsightsBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleBrowserTests.Settings;

    /// <summary>A resume far from a teller's (so it ranks below the tellers and never shares their top tenth).</summary>
    private static (string Name, byte[] Content) Cook(string name)
    {
        var phone = "137" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('0' + c % 10)));
        return ($"{name}.txt", System.Text.Encoding.UTF8.GetBytes($"""
            {name}
            手机：{phone}
            教育背景
            2021.09 - 2024.06  某职业技术学院  烹饪工艺  专科
            工作经历
            2024.07 - 2025.06  某酒店  厨师
            负责后厨备餐。
            """));
    }

    [Theory]
    [MemberData(nameof(HrConsoleSettings.EnLaptopZhPhone), MemberType = typeof(HrConsoleSettings))]
    public async Task Hr_reads_a_jobs_live_analytics_finds_who_is_worth_a_second_look_and_onboards_an_employee(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var job = await NewJobAsync(api, "teller");
        var open = Teller("欧阳明月", "Python");
        var rejected = Teller("欧阳明星", "Python");
        var ids = await UploadAsync(api, job, open, rejected);
        (await api.PostAsJsonAsync($"/api/candidates/{ids[1]}/stage", new { stage = "Rejected", reason = "岗位已满" })).EnsureSuccessStatusCode();
        var pool = await Eventually.ReturnsAsync(() => SearchAsync(api, $"jobId={job}"),
            p => p["people"]!.AsArray().Any(x => (string)Job(x!.AsObject(), (Guid)x["personId"]!)["stage"]! == "Rejected"), TimeSpan.FromSeconds(30), "the rejection in the pool");
        Assert.True((double)Job(Person(pool, ids[0])!, ids[0])["screeningScore"]! >= BankHire.TalentPool.TalentSearch.MinimumScreeningScore, "the teller's resume passes the screening");
        var employee = $"员工{Guid.NewGuid().ToString("N")[..4]}";
        var entered = await api.PostAsJsonAsync("/api/employees",
            new { candidateId = (Guid?)null, fullName = employee, jobId = job, branchCode = "SH-LJZ", position = "综合柜员", startDate = DateOnly.FromDateTime(DateTime.Today) });
        Assert.True(entered.IsSuccessStatusCode, await entered.Content.ReadAsStringAsync());

        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await hr.PickJobAsync(job);

        // Analytics: two candidates, only the stages someone reached, "no data yet" for what nothing measured.
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("数据分析", "Analytics") }).ClickAsync();
        var view = page.Locator($".analytics-view[data-scope='{job}']");
        await Assertions.Expect(view.Locator(".figure-candidates")).ToHaveTextAsync("2");
        await Assertions.Expect(view.Locator(".funnel-step").First).ToBeVisibleAsync();
        Assert.All(await view.Locator(".funnel-reached").AllInnerTextsAsync(), n => Assert.NotEqual("0", n));
        await Assertions.Expect(view.Locator(".funnel-step[data-stage='Hired']")).ToHaveCountAsync(0);
        await Assertions.Expect(view.Locator(".time-to-hire .no-data")).ToHaveTextAsync(hr.Text("尚无录用，暂无录用周期。", "No hire yet: no time to hire to show."));
        await Assertions.Expect(view.Locator(".score-bars[data-kind='interview'] .no-data")).ToBeVisibleAsync();
        await Assertions.Expect(view.Locator(".score-bars[data-kind='screening'] .bar-row")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(view.Locator(".drop-offs li")).ToHaveCountAsync(1);
        await hr.CheckAsync("analytics");

        // Live: a third resume arrives and the figure follows without a reload.
        await UploadAsync(api, job, Cook("欧阳明辉"));
        await Assertions.Expect(view.Locator(".figure-candidates")).ToHaveTextAsync("3", new() { Timeout = 30_000 });
        // A period no one applied in says so instead of drawing zeros.
        await page.Locator("#analytics-from").FillAsync(DateTime.Today.AddDays(1).ToString("yyyy-MM-dd"));
        await Assertions.Expect(view.Locator(".analytics-empty")).ToBeVisibleAsync();
        await Assertions.Expect(view.Locator(".funnel")).ToHaveCountAsync(0);
        await view.Locator(".analytics-clear").ClickAsync();
        await Assertions.Expect(view.Locator(".figure-candidates")).ToHaveTextAsync("3");

        // Talent pool: the open top scorer is flagged and badged; the rejected one with the same score is neither.
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("人才库", "Talent pool") }).ClickAsync();
        await page.Locator("#talent-job").ClickAsync();
        await page.Locator(".el-select-dropdown:visible .el-select-dropdown__item").Filter(new() { HasTextString = job }).ClickAsync();
        var people = page.Locator(".talent-person");
        await Assertions.Expect(people).ToHaveCountAsync(3);
        var moon = people.Filter(new() { HasTextString = "欧阳明月" });
        var star = people.Filter(new() { HasTextString = "欧阳明星" });
        await Assertions.Expect(moon.Locator(".talent-flag")).ToHaveTextAsync(hr.Text("值得再看", "Worth a second look"));
        await Assertions.Expect(moon.Locator(".top-ten")).ToBeVisibleAsync();
        await Assertions.Expect(star.Locator(".talent-stage-tag")).ToHaveTextAsync(hr.Text("未通过", "Rejected"));
        await Assertions.Expect(star.Locator(".talent-flag")).ToHaveCountAsync(0);
        await Assertions.Expect(star.Locator(".top-ten")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Escape");
        await hr.CheckAsync("talent-pool");
        await page.Locator(".talent-flagged-only").ClickAsync();
        await Assertions.Expect(people).ToHaveCountAsync(1);
        await Assertions.Expect(people.First).ToContainTextAsync("欧阳明月");

        // Employees: the checklist, one item ticked off; no attendance or review yet, and it says so.
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("员工", "Employees"), Exact = true }).ClickAsync();
        await page.Locator("#employee-q").FillAsync(employee);
        var row = page.Locator(".employees-table .el-table__row").Filter(new() { HasTextString = employee });
        await Assertions.Expect(row.Locator(".employee-progress")).ToContainTextAsync(hr.Text("已完成 0/", "0 of"));
        await row.Locator(".employee-open").ClickAsync();
        var detail = page.Locator(".employee-detail");
        var firstTask = detail.Locator(".onboarding-item").First;
        await firstTask.Locator(".complete-task").ClickAsync();
        await Assertions.Expect(firstTask.Locator(".done-state")).ToContainTextAsync("admin");
        await Assertions.Expect(detail.Locator(".no-reviews")).ToBeVisibleAsync();
        await Assertions.Expect(detail.Locator(".attendance-workdays")).ToBeVisibleAsync();
        await hr.CheckAsync("employee");
        await page.Keyboard.PressAsync("Escape");
        // Checked once the dialog has faded out: a half-transparent overlay is not what the person reads.
        await Assertions.Expect(detail).ToBeHiddenAsync();
        await Assertions.Expect(row.Locator(".employee-progress")).ToContainTextAsync(hr.Text("已完成 1/", "1 of"));
        await hr.CheckAsync("employees");

        var stored = (await api.GetFromJsonAsync<JsonArray>("/api/employees"))!.Single(e => (string)e!["record"]!["fullName"]! == employee)!;
        Assert.Single(stored["onboarding"]!.AsArray(), t => t!["doneAt"] is not null);
        await page.Context.CloseAsync();
    }
}
