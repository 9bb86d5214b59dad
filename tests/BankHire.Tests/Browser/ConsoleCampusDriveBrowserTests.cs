using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Corpus;
using BankHire.Tests.Api;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using BankHire.Web.CandidatePortal;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>
/// A recruiter runs a campus drive in the console, end to end against the real app: a job from a template, resumes
/// imported, the top candidates invited, a slot published and booked by a candidate with their link, the AI interview
/// taken through the candidate API, a second round with an interviewer's scorecard beside the AI, an offer, and the
/// funnel. Every step is kept as a screenshot at 1280×800 and 1920×1080.
/// </summary>
public sealed class ConsoleCampusDriveBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private const string Interviewer = "interviewer-zhou";
    private const string InterviewerPassword = "Interviewer-Pa55!";
    private static readonly TimeSpan Scoring = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_recruiter_runs_a_campus_drive_from_template_to_offer()
    {
        using var hr = await WebApp.SignInAsync(app.App);
        (await hr.PostAsJsonAsync("/api/users", new { userName = Interviewer, password = InterviewerPassword, roles = new[] { "Interviewer" } })).EnsureSuccessStatusCode();
        var jobId = "teller-e2e-" + Guid.NewGuid().ToString("N")[..6];
        var page = await ConsolePage.SignedInAsync(app);

        // 1. A job from the teller template.
        await page.GetByRole(AriaRole.Button, new() { Name = "新建岗位" }).ClickAsync();
        var form = page.Locator("form.job-form");
        await form.GetByLabel("能力模型模板").SelectOptionAsync("teller");
        await Assertions.Expect(form.Locator(".template-competencies")).ToContainTextAsync("服务意识");
        await form.GetByLabel("岗位编号").FillAsync(jobId);
        await form.GetByLabel("岗位名称（中文）").FillAsync("综合柜员（2027 校招·上海）");
        await form.GetByLabel("招聘人数").FillAsync("30");
        await form.GetByLabel("网点").SelectOptionAsync("SH-LJZ");
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-01-new-job");
        await form.GetByRole(AriaRole.Button, new() { Name = "创建岗位" }).ClickAsync();
        var job = page.Locator($"#jobs article.job[data-job-id='{jobId}']");
        await Assertions.Expect(job.Locator("h3")).ToHaveTextAsync("综合柜员（2027 校招·上海）");
        await Assertions.Expect(job.Locator(".job-meta")).ToContainTextAsync("招聘 30 人");
        await Assertions.Expect(job.GetByRole(AriaRole.Tab, new() { Name = "简历筛选" })).ToHaveAttributeAsync("aria-selected", "true");

        // 2. Resumes in (PDF, DOCX, TXT, Chinese and English), ranked.
        var resumes = CorpusBuilder.Build().Take(12).Select(spec => new FilePayload { Name = spec.FileName, MimeType = "application/octet-stream", Buffer = CorpusFiles.Bytes(spec) }).ToArray();
        await job.Locator("input[name=resumes]").SetInputFilesAsync(resumes);
        await Assertions.Expect(job.Locator("p.upload-status")).ToContainTextAsync("完成", new() { Timeout = 120_000 });
        await Assertions.Expect(job.Locator("table.upload-table tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(job.Locator("table.ranking-table tbody tr").First).ToBeVisibleAsync();
        var ranked = await job.Locator("table.ranking-table tbody tr").CountAsync();
        var ranking45 = 0;
        foreach (var score in await job.Locator("table.ranking-table tbody tr td:nth-child(3)").AllInnerTextsAsync())
            if (double.Parse(score, System.Globalization.CultureInfo.InvariantCulture) >= 45) ranking45++;
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-02-resumes-ranked");

        // 3. The top three invited; their links are on the page.
        await job.GetByLabel("邀请人数").FillAsync("3");
        await job.GetByRole(AriaRole.Button, new() { Name = "邀请排名靠前者参加 AI 面试" }).ClickAsync();
        var invited = job.Locator("table.invited-table tbody tr");
        await Assertions.Expect(invited).ToHaveCountAsync(3);
        var first = invited.First;
        var name = (await first.Locator("td").Nth(1).InnerTextAsync()).Trim();
        var link = await first.Locator("a.invitation-link").GetAttributeAsync("href") ?? "";
        var token = link[(link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..];
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-03-invited");

        await ConsolePage.PaneAsync(job, "候选人");
        var row = job.Locator("table.candidates tbody tr", new() { HasText = name });
        await Assertions.Expect(row.Locator(".stage")).ToHaveTextAsync("待预约");
        await Assertions.Expect(row).ToHaveClassAsync("top");
        await Assertions.Expect(job.Locator("table.candidates tr.top")).ToHaveCountAsync(Math.Min(10, ranked));
        await Assertions.Expect(job.Locator("table.candidates tbody tr")).ToHaveCountAsync(12);

        // The list narrows by stage, score range and name, and widens again.
        var filters = job.Locator("form.candidate-filters");
        await filters.GetByLabel("阶段").SelectOptionAsync("Invited");
        await Assertions.Expect(job.Locator("table.candidates tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(job.Locator(".candidate-count")).ToHaveTextAsync("共 3 名候选人");
        await filters.GetByLabel("阶段").SelectOptionAsync("");
        await filters.GetByLabel("最低分").FillAsync("45");
        await filters.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        await Assertions.Expect(job.Locator("table.candidates tbody tr[data-candidate-id]")).ToHaveCountAsync(ranking45);
        await filters.GetByRole(AriaRole.Button, new() { Name = "清除筛选" }).ClickAsync();
        await job.Locator("form.candidate-filters").GetByLabel("姓名").FillAsync(name);
        await job.Locator("form.candidate-filters").GetByLabel("姓名").PressAsync("Enter");
        await Assertions.Expect(job.Locator("table.candidates tbody tr")).ToHaveCountAsync(1);
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-03b-filtered");
        await job.Locator("form.candidate-filters").GetByRole(AriaRole.Button, new() { Name = "清除筛选" }).ClickAsync();
        await Assertions.Expect(job.Locator("table.candidates tbody tr")).ToHaveCountAsync(12);

        // 4. A slot published; the candidate books it with their link; HR sees the booking arrive.
        await ConsolePage.PaneAsync(job, "面试时段");
        var slots = job.Locator("section.slots");
        // A slot that starts soon: a booked slot binds, and the candidate takes the interview right after booking.
        const string inMinutes = "m => { const d = new Date(Date.now() + m * 60000); const p = n => String(n).padStart(2, '0');"
            + " return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`; }";
        await slots.GetByLabel("开始时间").FillAsync(await page.EvaluateAsync<string>(inMinutes, 12));
        await slots.GetByLabel("预约截止").FillAsync(await page.EvaluateAsync<string>(inMinutes, 6));
        await slots.GetByLabel("名额").FillAsync("10");
        await slots.GetByLabel("地点").FillAsync("线上 Online");
        await slots.GetByRole(AriaRole.Button, new() { Name = "发布时段" }).ClickAsync();
        await Assertions.Expect(slots.Locator("table.slots-table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(slots.Locator(".slot-summary")).ToHaveTextAsync("1 个时段，已预约 0 人");

        using var candidate = CandidateClient(token);
        var open = await candidate.GetFromJsonAsync<JsonElement>("/api/candidate/interview/slots");
        var slotId = open.GetProperty("slots")[0].GetProperty("id").GetString();
        (await candidate.PostAsJsonAsync("/api/candidate/interview/slot", new { slotId })).EnsureSuccessStatusCode();

        await slots.GetByRole(AriaRole.Button, new() { Name = "刷新" }).ClickAsync();
        await Assertions.Expect(slots.Locator(".slot-summary")).ToHaveTextAsync("1 个时段，已预约 1 人");
        await Assertions.Expect(slots.Locator("table.slots-table")).ToContainTextAsync("1 / 10");
        await ConsolePage.PaneAsync(job, "候选人");
        await Assertions.Expect(row.Locator(".stage")).ToHaveTextAsync("待面试");
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-04-booking-arrived");

        // 5. The candidate takes the AI interview (typed answers through the candidate API); the report arrives.
        await TakeInterviewAsync(candidate);
        await job.GetByRole(AriaRole.Button, new() { Name = "刷新" }).ClickAsync();
        await Assertions.Expect(row.Locator(".stage")).ToHaveTextAsync("已完成");
        await Assertions.Expect(row.Locator(".suggestion")).Not.ToBeEmptyAsync();

        // 6. The 360° profile; the second round is scheduled with an interviewer.
        await row.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        var profile = page.Locator("dialog#profile");
        await Assertions.Expect(profile.Locator(".profile-overall")).ToContainTextAsync("AI 建议");
        await Assertions.Expect(profile.Locator(".profile-screening-score")).ToContainTextAsync("/ 100");
        // HR records a decision beside the AI's suggestion; both stay on the profile.
        await Assertions.Expect(profile.Locator(".ai-suggestion")).ToContainTextAsync("AI 建议");
        var decision = profile.Locator("form.decision");
        await decision.GetByLabel("决定").SelectOptionAsync("SecondRound");
        await decision.GetByLabel("原因").FillAsync("沟通表达突出，安排复试");
        await decision.GetByRole(AriaRole.Button, new() { Name = "记录决定" }).ClickAsync();
        await Assertions.Expect(profile.Locator("table.decisions")).ToContainTextAsync("沟通表达突出，安排复试");
        await Assertions.Expect(profile.Locator("table.decisions")).ToContainTextAsync("建议复试");
        // The words behind the AI's content scores: each answer's text, as the candidate typed it.
        await profile.Locator("details.profile-evidence summary").ClickAsync();
        await Assertions.Expect(profile.Locator("blockquote.evidence-transcript").First).ToContainTextAsync("耐心倾听客户的诉求");
        await profile.Locator("form.assign-round").GetByLabel("面试官").FillAsync(Interviewer);
        await profile.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();
        await Assertions.Expect(profile.Locator("h2 .stage")).ToHaveTextAsync("复试");
        await Assertions.Expect(profile.Locator(".round-assignment")).ToContainTextAsync(Interviewer);
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-05-profile-second-round");

        // 7. The interviewer signs in and hands in the scorecard, one score per competency on the AI's scale.
        var interviewerPage = await ConsolePage.SignedInAsync(app, Interviewer, InterviewerPassword);
        await Assertions.Expect(interviewerPage.GetByRole(AriaRole.Button, new() { Name = "新建岗位" })).ToHaveCountAsync(0);
        var interviewerJob = await ConsolePage.JobAsync(interviewerPage, jobId, "候选人");
        await interviewerJob.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        var card = interviewerPage.Locator("dialog#profile form.scorecard");
        var scores = card.Locator("input[data-competency]");
        const int competencies = 6; // the teller template's
        await Assertions.Expect(scores).ToHaveCountAsync(competencies);
        await scores.Nth(0).FillAsync("130");
        await card.GetByRole(AriaRole.Button, new() { Name = "提交评分表" }).ClickAsync();
        await Assertions.Expect(card.Locator("label:has(input[aria-invalid=true]) .field-error")).ToHaveTextAsync("应在 0 到 100 之间。");
        for (var i = 0; i < competencies; i++) await scores.Nth(i).FillAsync((70 + i * 3).ToString());
        await card.GetByLabel("结论").SelectOptionAsync("PriorityHire");
        await card.GetByLabel("评语").FillAsync("表达清晰，合规意识强。");
        await ConsoleScreenshots.BothDesktopSizesAsync(interviewerPage, "drive-06-scorecard");
        await card.GetByRole(AriaRole.Button, new() { Name = "提交评分表" }).ClickAsync();
        var sideBySide = interviewerPage.Locator("dialog#profile table.profile-competencies");
        await Assertions.Expect(sideBySide.Locator("thead")).ToContainTextAsync(Interviewer);
        await Assertions.Expect(sideBySide.Locator("tbody tr").First).ToContainTextAsync("70.0");
        await Assertions.Expect(interviewerPage.Locator("dialog#profile table.profile-scorecards")).ToContainTextAsync("优先录用");

        // 8. HR sees both side by side, moves the candidate to offer, and the funnel counts the offer.
        var funnelOffer = page.Locator($".analytics-job[data-job-id='{jobId}'] svg.funnel rect").Nth(7);
        await Assertions.Expect(funnelOffer).ToHaveAttributeAsync("data-value", "0");
        await profile.GetByRole(AriaRole.Button, new() { Name = "关闭" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await Assertions.Expect(profile.Locator("table.profile-competencies thead")).ToContainTextAsync(Interviewer);
        await Assertions.Expect(profile.Locator("table.profile-competencies tbody tr").First).ToContainTextAsync("70.0");
        await profile.Locator("form.stage-move").GetByLabel("移至阶段").SelectOptionAsync("Offer");
        await profile.Locator("form.stage-move").GetByLabel("原因").FillAsync("复试通过，发放录用意向");
        await profile.GetByRole(AriaRole.Button, new() { Name = "移动", Exact = true }).ClickAsync();
        await Assertions.Expect(profile.Locator("h2 .stage")).ToHaveTextAsync("录用意向");
        await Assertions.Expect(profile.Locator("table.profile-timeline")).ToContainTextAsync("复试通过，发放录用意向");
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-07-offer");
        await profile.GetByRole(AriaRole.Button, new() { Name = "关闭" }).ClickAsync();
        await Assertions.Expect(row.Locator(".stage")).ToHaveTextAsync("录用意向");

        await ConsolePage.TabAsync(page, "招聘分析");
        await Assertions.Expect(funnelOffer).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(page.Locator($".analytics-job[data-job-id='{jobId}'] svg.funnel rect").Nth(6)).ToHaveAttributeAsync("data-value", "1");
        await page.Locator($".analytics-job[data-job-id='{jobId}']").ScrollIntoViewIfNeededAsync();
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "drive-08-funnel");
    }

    [Fact]
    public async Task The_model_editor_shows_the_reasons_of_the_api_next_to_the_fields_and_saves_new_versions()
    {
        var page = await ConsolePage.SignedInAsync(app);
        await page.GetByRole(AriaRole.Button, new() { Name = "新建岗位" }).ClickAsync();
        var form = page.Locator("form.job-form");
        await form.GetByLabel("能力模型模板").SelectOptionAsync("risk-analyst");
        await form.GetByLabel("岗位编号").FillAsync("Bad Id!");
        await form.GetByRole(AriaRole.Button, new() { Name = "创建岗位" }).ClickAsync();
        await Assertions.Expect(form.Locator("label:has([data-field=id]) .field-error")).ToHaveTextAsync("岗位编号应为 2–64 个小写字母、数字或连字符。");
        await Assertions.Expect(form.Locator("[data-field=id]")).ToHaveAttributeAsync("aria-invalid", "true");
        var jobId = "risk-editor-" + Guid.NewGuid().ToString("N")[..6];
        await form.GetByLabel("岗位编号").FillAsync(jobId);
        await form.GetByRole(AriaRole.Button, new() { Name = "创建岗位" }).ClickAsync();
        var job = page.Locator($"#jobs article.job[data-job-id='{jobId}']");
        await Assertions.Expect(job.Locator("h3")).ToHaveTextAsync("风险分析师（校园招聘）");

        await ConsolePage.PaneAsync(job, "岗位信息");
        var posting = job.Locator("form.posting-form");
        await posting.GetByLabel("招聘人数").FillAsync("0");
        await posting.GetByRole(AriaRole.Button, new() { Name = "保存岗位信息" }).ClickAsync();
        await Assertions.Expect(posting.Locator("label:has([data-field=openings]) .field-error")).ToHaveTextAsync("应在 1 到 100000 之间。");
        await posting.GetByLabel("招聘人数").FillAsync("12");
        await posting.GetByLabel("状态").SelectOptionAsync("Draft");
        await posting.GetByRole(AriaRole.Button, new() { Name = "保存岗位信息" }).ClickAsync();
        await Assertions.Expect(job.Locator(".posting-form .saved")).ToHaveTextAsync("岗位信息已保存。");
        await Assertions.Expect(job.Locator(".job-meta")).ToContainTextAsync("草稿");
        await Assertions.Expect(job.Locator(".job-meta")).ToContainTextAsync("招聘 12 人");

        await ConsolePage.PaneAsync(job, "能力模型");
        var model = job.Locator("form.model-form");
        var weight = model.Locator("[data-field='model.competencies[0].weight']");
        var target = model.Locator("[data-field='model.competencies[1].indicators[0].target']");
        await weight.FillAsync("0");
        await target.FillAsync("5");
        await model.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Assertions.Expect(model.Locator("[data-field='model.competencies[0].weight'] + .field-error")).ToHaveTextAsync("必须为正数，当前为 0");
        await Assertions.Expect(model.Locator("[data-field='model.competencies[1].indicators[0].target'] + .field-error")).ToContainTextAsync("目标值超出“expected_point_coverage”的范围（ratio）：应在 0 到 1 之间，当前为 5");
        await Assertions.Expect(model.Locator(".form-error").First).ToHaveTextAsync("未保存：请查看标出的字段。");
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "editor-01-model-errors");

        await weight.FillAsync("0.4");
        await target.FillAsync("0.8");
        await model.GetByLabel("允许使用面部指标").UncheckAsync();
        await model.GetByLabel("建议复试分数线").FillAsync("65");
        await model.GetByLabel("修改说明").FillAsync("提高逻辑思维权重，不使用面部指标");
        await model.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Assertions.Expect(job.Locator(".model-form .saved")).ToContainTextAsync("已保存为模型 v2");
        await Assertions.Expect(job.Locator(".job-meta")).ToContainTextAsync("模型 v2");

        using var hr = await WebApp.SignInAsync(app.App);
        var saved = await hr.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
        Assert.Equal(2, saved.GetProperty("rubricVersion").GetInt32());
        Assert.Equal(12, saved.GetProperty("posting").GetProperty("openings").GetInt32());
        Assert.Equal("Draft", saved.GetProperty("posting").GetProperty("status").GetString());
        var policy = saved.GetProperty("model").GetProperty("policy");
        Assert.False(policy.GetProperty("facialIndicatorsAllowed").GetBoolean());
        Assert.Equal(65, policy.GetProperty("secondRoundCutoff").GetDouble());
        Assert.Equal(0.8, saved.GetProperty("model").GetProperty("competencies")[1].GetProperty("indicators")[0].GetProperty("target").GetDouble());

        await ConsolePage.PaneAsync(job, "模型版本");
        var versions = job.Locator("table.versions-table tbody tr");
        await Assertions.Expect(versions).ToHaveCountAsync(2);
        await Assertions.Expect(versions.First).ToContainTextAsync("v2");
        await Assertions.Expect(versions.First).ToContainTextAsync("提高逻辑思维权重，不使用面部指标");
        await ConsoleScreenshots.BothDesktopSizesAsync(page, "editor-02-versions");
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
