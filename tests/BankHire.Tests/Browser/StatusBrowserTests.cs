using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.CandidateStatus;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using BankHire.Web.CandidatePortal;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>
/// The candidate's status page in Chromium, phone first: before booking (book a slot on the page), booked (the time
/// shown, the interview one tap away), and after HR released the feedback. Screenshots at 390×844 and 1280×800.
/// </summary>
public sealed class StatusBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    // Each step waits on the app's answer; on a busy machine that can take more than Playwright's 5 s.
    private static readonly LocatorAssertionsToHaveTextOptions Answered = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_candidate_books_on_the_status_page_then_sees_the_time_and_later_the_released_feedback()
    {
        using var hr = await WebApp.SignInAsync(app.App);
        var job = await StatusJob.CreateAsync(hr, releaseAfterMinutes: null);
        var invitation = await InterviewTestJob.InviteAsync(hr, job, "王小明");
        // Soon, on a whole minute: a booked slot binds, and the candidate takes the interview in it (it opens 15 minutes early).
        var soon = DateTimeOffset.UtcNow.AddMinutes(14);
        var startsAt = new DateTime(soon.Year, soon.Month, soon.Day, soon.Hour, soon.Minute, 0, DateTimeKind.Utc);
        var shanghai = new DateTimeOffset(startsAt, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm");
        var slot = await hr.PostAsJsonAsync($"/api/jobs/{job}/slots",
            new { startsAt = new DateTimeOffset(startsAt, TimeSpan.Zero), durationMinutes = 30, capacity = 3, bookingDeadline = startsAt.AddMinutes(-1), location = "线上视频" });
        slot.EnsureSuccessStatusCode();

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
            BaseURL = app.App.BaseAddress.ToString(), TimezoneId = "Asia/Shanghai", Locale = "zh-CN",
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/status.html#token={invitation.Token}");

        // Before booking: the stage in words, the next step leads to the booking form on the page.
        await Assertions.Expect(page.Locator("#stage-name")).ToHaveTextAsync("待预约", Answered);
        await Assertions.Expect(page.Locator("#status-title")).ToHaveTextAsync("王小明，您好");
        await Assertions.Expect(page.Locator("#next-action")).ToHaveAttributeAsync("href", "#book");
        await Assertions.Expect(page.Locator("#progress li[aria-current='step']")).ToHaveTextAsync("预约");
        Assert.DoesNotContain("#token=", page.Url); // the token leaves the address bar
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the phone page scrolls sideways");
        await page.EvaluateAsync("window.scrollTo(0, 0)"); // the sticky bar stays at the top of the shot
        await Screenshots.BothSizesAsync(page, "status-1-invited");

        await page.GetByLabel("线上视频", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();

        // Booked: the booked time (as a machine-readable <time>), the interview is the next step.
        await Assertions.Expect(page.Locator("#stage-name")).ToHaveTextAsync("待面试", Answered);
        await Assertions.Expect(page.Locator("#book-status")).ToContainTextAsync("预约成功");
        var booked = DateTimeOffset.Parse((await page.Locator("#booked-time").GetAttributeAsync("datetime"))!);
        Assert.Equal(new DateTimeOffset(startsAt, TimeSpan.Zero), booked);
        await Assertions.Expect(page.Locator("#booked-time")).ToContainTextAsync(shanghai); // shown in Shanghai time
        await Assertions.Expect(page.Locator("#booked-time")).ToContainTextAsync("Asia/Shanghai"); // with its time zone
        await Assertions.Expect(page.Locator("#booked-detail")).ToContainTextAsync("30 分钟");
        var next = page.Locator("#next-action");
        await Assertions.Expect(next).ToHaveTextAsync("开始面试");
        Assert.StartsWith("/interview.html#token=", await next.GetAttributeAsync("href"));
        await page.EvaluateAsync("window.scrollTo(0, 0)"); // the sticky bar stays at the top of the shot
        await Screenshots.BothSizesAsync(page, "status-2-booked");

        await CompleteInterviewAsync(invitation.Token);
        (await hr.PostAsync($"/api/interviews/{invitation.InterviewId}/feedback/release", null)).EnsureSuccessStatusCode();

        // After release: the page shows each competency's feedback, then in English on request.
        await page.GetByRole(AriaRole.Button, new() { Name = "刷新" }).ClickAsync();
        await Assertions.Expect(page.Locator("#stage-name")).ToHaveTextAsync("已完成", Answered);
        await Assertions.Expect(page.Locator("#result-text")).ToHaveTextAsync("以下是您的面试反馈。");
        await Assertions.Expect(page.Locator("#feedback-list li").First).ToContainTextAsync("服务意识");
        await Assertions.Expect(page.Locator("#next-action")).ToBeHiddenAsync();
        await page.EvaluateAsync("window.scrollTo(0, 0)"); // the sticky bar stays at the top of the shot
        await Screenshots.BothSizesAsync(page, "status-3-released");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("#stage-name")).ToHaveTextAsync("Completed");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("#feedback-list li").First).ToContainTextAsync("Service");

        // The interview page's completion screen links back here with the same token.
        var interview = await context.NewPageAsync();
        await interview.GotoAsync($"/interview.html#token={invitation.Token}");
        await Assertions.Expect(interview.Locator("#status-link")).ToBeVisibleAsync();
        Assert.StartsWith("/status.html#token=", await interview.Locator("#status-link").GetAttributeAsync("href"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_bad_link_says_so_instead_of_a_blank_page()
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.App.BaseAddress.ToString() });
        await page.GotoAsync("/status.html#token=not-a-token");
        await Assertions.Expect(page.Locator("#error-detail")).ToContainTextAsync("无效或已过期", new() { Timeout = 30_000 });
    }

    /// <summary>The candidate's interview over the API with their token: consent, typed answers, complete; then the report.</summary>
    private async Task CompleteInterviewAsync(string token)
    {
        using var candidate = new HttpClient { BaseAddress = app.App.BaseAddress };
        candidate.DefaultRequestHeaders.Add(CandidatePortalEndpoints.TokenHeader, token);
        async Task<JsonElement> Post(string path, object body)
        {
            var response = await candidate.PostAsJsonAsync("/api/candidate/interview" + path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
        await Post("/consent", new { face = true, voice = true, content = true, keepRecording = false, textVersion = PrivacyNotice.ConsentTextVersion, language = "zh-CN" });
        var view = await Post("/start", new { });
        foreach (var question in view.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()))
        {
            await Post($"/questions/{question}/begin", new { });
            await Post($"/questions/{question}/finish", new { attempt = 0, frameCount = 0, audioCount = 0, typedAnswer = "我会先向客户致歉，耐心解释规定，再帮助客户办理业务。" });
        }
        await Post("/complete", new { });
        await Eventually.TrueAsync(async () => (await candidate.GetFromJsonAsync<JsonElement>("/api/candidate/status")).GetProperty("reportReady").GetBoolean(),
            TimeSpan.FromSeconds(90), "the report");
    }
}
