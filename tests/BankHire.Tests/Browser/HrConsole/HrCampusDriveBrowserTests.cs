using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Corpus;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using BankHire.Web.CandidatePortal;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// A recruiter runs a campus drive in the new console, end to end against the real app: a job from the teller template,
/// a dozen resumes (PDF, DOCX, TXT, Chinese and English) imported and ranked, the top three invited, one of them books a
/// slot and takes the AI interview with their link, HR records a decision beside the AI's suggestion and schedules a
/// second round, the interviewer finds it in their worklist and hands in a scorecard on the AI's scale, HR moves the candidate to offer, and the job's
/// funnel counts the offer. Chinese on a laptop, English on a phone.
/// </summary>
public sealed class HrCampusDriveBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleSettings.ZhLaptopEnPhone;

    private const string InterviewerPassword = "Interviewer-Pa55!";
    private static readonly TimeSpan Scoring = TimeSpan.FromSeconds(120);

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task A_recruiter_runs_a_campus_drive_from_template_to_offer(string language, int width)
    {
        var size = width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var interviewer = $"interviewer-{suffix}";
        using var api = await WebApp.SignInAsync(app.App);
        (await api.PostAsJsonAsync("/api/users", new { userName = interviewer, password = InterviewerPassword, roles = new[] { "Interviewer" } })).EnsureSuccessStatusCode();
        var hr = await HrConsolePage.SignedInAsync(app, language, size);
        var page = hr.Page;

        // 1. A job from the teller template; HR lands on its resumes.
        var jobId = $"teller-drive-{suffix}";
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("岗位与模型", "Jobs and model") }).ClickAsync();
        await page.Locator(".new-job").ClickAsync();
        var dialog = page.Locator(".new-job-dialog");
        await dialog.Locator(".new-job-template").ClickAsync();
        await page.Locator(".el-select-dropdown .template-option[data-code='teller']").ClickAsync();
        await Assertions.Expect(dialog.Locator(".template-competencies")).ToContainTextAsync(hr.Text("服务意识", "Service"));
        await dialog.Locator("#new-job-id").FillAsync(jobId);
        await dialog.Locator("#new-job-title-zh").FillAsync("综合柜员（2027 校招·上海）");
        await dialog.Locator("#new-job-branch").FillAsync("SH-LJZ");
        await dialog.Locator("#new-job-openings").FillAsync("30");
        await dialog.Locator(".create-job").ClickAsync();
        var resumes = page.Locator($".resumes-view[data-job-id='{jobId}']");
        await Assertions.Expect(resumes).ToBeVisibleAsync();

        // 2. Twelve resumes in, a result each, ranked.
        var files = CorpusBuilder.Build().Take(12)
            .Select(spec => new FilePayload { Name = spec.FileName, MimeType = "application/octet-stream", Buffer = CorpusFiles.Bytes(spec) }).ToArray();
        await resumes.Locator("input[name=resumes]").SetInputFilesAsync(files);
        await Assertions.Expect(resumes.Locator(".upload-status")).ToContainTextAsync(hr.Text("完成", "Done"), new() { Timeout = 120_000 });
        await Assertions.Expect(resumes.Locator(".upload-result")).ToHaveCountAsync(12);
        await Assertions.Expect(resumes.Locator(".ranking-table .el-table__row").First).ToBeVisibleAsync();

        // 3. The top three invited, each with a link; the first one's token is the candidate's.
        await resumes.Locator("#invite-count").FillAsync("3");
        await resumes.Locator(".invite-top-button").ClickAsync();
        var invited = resumes.Locator(".invited-row");
        await Assertions.Expect(invited).ToHaveCountAsync(3);
        var name = (await invited.First.Locator(".invited-name").InnerTextAsync()).Trim();
        var link = await invited.First.Locator("a.invitation-link").GetAttributeAsync("href") ?? "";
        var token = link[(link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..];
        await hr.CheckAsync("drive-invited");
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("候选人", "Candidates") }).ClickAsync();
        await Assertions.Expect(hr.Rows).ToHaveCountAsync(12);
        await Assertions.Expect(hr.Row(name).Locator(".stage")).ToHaveTextAsync(hr.Text("待预约", "Invited"));

        // 4. A slot that starts soon; the candidate books it with their link and takes the AI interview (typed answers).
        var starts = DateTimeOffset.UtcNow.AddMinutes(12);
        (await api.PostAsJsonAsync($"/api/jobs/{jobId}/slots", new { startsAt = starts, durationMinutes = 30, capacity = 10, bookingDeadline = starts.AddMinutes(-6), location = "线上 Online" }))
            .EnsureSuccessStatusCode();
        using var candidate = CandidateClient(token);
        var open = await candidate.GetFromJsonAsync<JsonElement>("/api/candidate/interview/slots");
        var slotId = open.GetProperty("slots")[0].GetProperty("id").GetString();
        await OkAsync(candidate.PostAsJsonAsync("/api/candidate/interview/slot", new { slotId }));
        var refresh = page.Locator(".candidates-view").GetByRole(AriaRole.Button, new() { Name = hr.Text("刷新", "Refresh") });
        await refresh.ClickAsync();
        await Assertions.Expect(hr.Row(name).Locator(".stage")).ToHaveTextAsync(hr.Text("待面试", "Booked"));
        await TakeInterviewAsync(candidate);
        await refresh.ClickAsync();
        await Assertions.Expect(hr.Row(name).Locator(".stage")).ToHaveTextAsync(hr.Text("已完成", "Completed"));

        // 5. The profile: the AI's suggestion, HR's decision beside it, the second round scheduled with the interviewer.
        await hr.Row(name).Locator(".candidate-name").ClickAsync();
        var drawer = page.Locator(".profile-drawer");
        await Assertions.Expect(drawer.Locator(".ai-suggestion")).Not.ToBeEmptyAsync();
        await drawer.Locator(".decision-verdict").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = hr.Text("建议复试", "Second round"), Exact = true }).ClickAsync();
        await drawer.Locator("#decision-reason").FillAsync("沟通表达突出，安排复试");
        await drawer.Locator("form.decision button[type=submit]").ClickAsync();
        await Assertions.Expect(drawer.Locator(".decisions")).ToContainTextAsync("沟通表达突出，安排复试");
        await drawer.GetByRole(AriaRole.Tab, new() { Name = hr.Text("复试", "Second round") }).ClickAsync();
        await drawer.Locator("#round-interviewers").FillAsync(interviewer);
        await drawer.GetByRole(AriaRole.Button, new() { Name = hr.Text("保存安排", "Save the arrangement") }).ClickAsync();
        await Assertions.Expect(drawer.Locator(".profile-title .stage")).ToHaveTextAsync(hr.Text("复试", "Second round"));
        await Assertions.Expect(drawer.Locator(".round-assignment")).ToContainTextAsync(interviewer);

        // 6. The interviewer signs in and hands in the scorecard: a score per competency on the AI's scale.
        var other = await HrConsolePage.SignedInAsync(app, language, size, interviewer, InterviewerPassword);
        // Interviewers see only the candidates assigned to them: their worklist opens first.
        await Assertions.Expect(other.Page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("候选人", "Candidates"), Exact = true })).ToHaveCountAsync(0);
        var assignment = other.Page.Locator(".assignment").Filter(new() { HasTextString = name });
        await Assertions.Expect(assignment.Locator(".assignment-card")).ToHaveTextAsync(hr.Text("待交评分表", "scorecard due"));
        await assignment.Locator(".assignment-name").ClickAsync();
        var card = other.Page.Locator(".profile-drawer");
        await card.GetByRole(AriaRole.Tab, new() { Name = hr.Text("复试", "Second round") }).ClickAsync();
        var scores = card.Locator(".scorecard-form .score-input input");
        const int competencies = 6; // the teller template's
        await Assertions.Expect(scores).ToHaveCountAsync(competencies);
        for (var i = 0; i < competencies; i++) await scores.Nth(i).FillAsync((70 + i * 3).ToString());
        await card.Locator(".scorecard-verdict").ClickAsync();
        await other.Page.Locator(".el-select-dropdown .scorecard-verdict-option[data-verdict='PriorityHire']").ClickAsync();
        await card.Locator("#scorecard-comment").FillAsync("表达清晰，合规意识强。");
        await card.Locator(".submit-scorecard").ClickAsync();
        await Assertions.Expect(card.Locator(".scorecards thead")).ToContainTextAsync(interviewer);
        await Assertions.Expect(card.Locator(".scorecards .el-table__row").First).ToContainTextAsync("70.0");
        await Assertions.Expect(card.Locator(".scorecard-verdicts")).ToContainTextAsync(hr.Text("优先录用", "Priority hire"));
        await other.CheckAsync("drive-scorecard");
        await other.Page.Context.CloseAsync();

        // 7. HR sees the scorecard beside the AI and moves the candidate to offer, with the reason in the history.
        await drawer.Locator(".el-drawer__close-btn").ClickAsync();
        await hr.Row(name).Locator(".candidate-name").ClickAsync();
        await drawer.GetByRole(AriaRole.Tab, new() { Name = hr.Text("复试", "Second round") }).ClickAsync();
        await Assertions.Expect(drawer.Locator(".scorecards thead")).ToContainTextAsync(interviewer);
        await drawer.GetByRole(AriaRole.Tab, new() { Name = hr.Text("概览", "Overview") }).ClickAsync();
        var offer = hr.Text("录用意向", "Offer");
        await Eventually.TrueAsync(async () =>
        {
            if ((await drawer.Locator(".move-stage").InnerTextAsync()).Contains(offer)) return true;
            if (!await page.GetByRole(AriaRole.Option, new() { Name = offer, Exact = true }).IsVisibleAsync())
                await drawer.Locator(".move-stage").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = offer, Exact = true }).ClickAsync(new() { Timeout = 5_000 });
            return false;
        }, TimeSpan.FromSeconds(30), "the stage choice to show Offer");
        await drawer.Locator("#move-reason").FillAsync("复试通过，发放录用意向");
        await drawer.GetByRole(AriaRole.Button, new() { Name = hr.Text("移动", "Move"), Exact = true }).ClickAsync();
        await Assertions.Expect(drawer.Locator(".profile-title .stage")).ToHaveTextAsync(offer);
        await drawer.GetByRole(AriaRole.Tab, new() { Name = hr.Text("进程记录", "History") }).ClickAsync();
        await Assertions.Expect(drawer.Locator(".profile-timeline")).ToContainTextAsync("复试通过，发放录用意向");
        await drawer.Locator(".el-drawer__close-btn").ClickAsync();

        // 8. The job's funnel counts the offer.
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("数据分析", "Analytics") }).ClickAsync();
        var funnel = page.Locator($".analytics-view[data-scope='{jobId}']");
        await Assertions.Expect(funnel.Locator(".funnel-step[data-stage='Offer'] .funnel-reached")).ToHaveTextAsync("1", new() { Timeout = 30_000 });
        await Assertions.Expect(funnel.Locator(".funnel-step[data-stage='SecondRound'] .funnel-reached")).ToHaveTextAsync("1");
        await hr.CheckAsync("drive-funnel");
        await page.Context.CloseAsync();
    }

    private HttpClient CandidateClient(string token)
    {
        var client = new HttpClient { BaseAddress = app.App.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add(CandidatePortalEndpoints.TokenHeader, token);
        return client;
    }

    private static async Task TakeInterviewAsync(HttpClient candidate)
    {
        var view = await candidate.GetFromJsonAsync<JsonElement>("/api/candidate/interview");
        await OkAsync(candidate.PostAsJsonAsync("/api/candidate/interview/consent",
            new { face = true, voice = true, content = true, keepRecording = false, textVersion = PrivacyNotice.ConsentTextVersion, language = "zh" }));
        await OkAsync(candidate.PostAsync("/api/candidate/interview/start", null));
        foreach (var question in view.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()))
        {
            await OkAsync(candidate.PostAsync($"/api/candidate/interview/questions/{question}/begin", null));
            await OkAsync(candidate.PostAsJsonAsync($"/api/candidate/interview/questions/{question}/finish", new
            {
                attempt = 0, frameCount = 0, audioCount = 0,
                typedAnswer = "您好，我会先耐心倾听客户的诉求，向客户道歉并说明规定，核实身份后按流程办理，遇到可疑交易及时上报，保护客户信息安全。",
            }));
        }
        await OkAsync(candidate.PostAsync("/api/candidate/interview/complete", null));
        await Eventually.TrueAsync(async () => (await candidate.GetFromJsonAsync<JsonElement>("/api/candidate/interview")).GetProperty("reportReady").GetBoolean(),
            Scoring, "the AI interview report");
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
