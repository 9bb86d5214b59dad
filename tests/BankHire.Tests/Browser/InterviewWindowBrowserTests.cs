using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BankHire.Tests.Support;
using BankHire.Web.CandidatePortal;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BankHire.Tests.Browser;

/// <summary>
/// The interview's landing page in Chromium: the booked time with its time zone, a countdown that opens the interview
/// by itself at the right time, a job that needs a booking first, and a second invitation link opened in the same tab.
/// </summary>
[Collection(CameraBrowserCollection.Name)]
public sealed class InterviewWindowBrowserTests(InterviewBrowserFixture app, ITestOutputHelper output) : IDisposable
{
    public void Dispose()
    {
        while (app.BrowserLog.TryDequeue(out var line)) output.WriteLine(line);
    }

    private async Task<IPage> ShanghaiPhoneAsync()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
            Permissions = ["camera", "microphone"], BaseURL = app.App.BaseAddress.ToString(), TimezoneId = "Asia/Shanghai", Locale = "zh-CN",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private async Task BookAsync(string jobId, Invitation invitation, DateTimeOffset startsAt)
    {
        var slot = await app.Hr.PostAsJsonAsync($"/api/jobs/{jobId}/slots",
            new { startsAt, durationMinutes = 30, capacity = 5, bookingDeadline = DateTimeOffset.UtcNow.AddMinutes(5) });
        slot.EnsureSuccessStatusCode();
        var slotId = (await slot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var candidate = new HttpClient { BaseAddress = app.App.BaseAddress };
        candidate.DefaultRequestHeaders.Add(CandidatePortalEndpoints.TokenHeader, invitation.Token);
        (await candidate.PostAsJsonAsync(CandidatePortalEndpoints.SlotRoute, new { slotId })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_landing_page_shows_the_booked_time_with_its_zone_and_opens_the_interview_when_the_window_opens()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Window Candidate");
        // The window opens 15 minutes before the slot: here about 40 s from now.
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(15).AddSeconds(40);
        await BookAsync(jobId, invitation, startsAt);
        var page = await ShanghaiPhoneAsync();

        await page.GotoAsync($"/interview.html#token={invitation.Token}");
        await Assertions.Expect(page.Locator("#screen-landing")).ToBeVisibleAsync();
        var slot = page.Locator("#landing-slot");
        await Assertions.Expect(slot).ToContainTextAsync(startsAt.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm"));
        await Assertions.Expect(slot).ToContainTextAsync("Asia/Shanghai");
        await Assertions.Expect(page.Locator("#landing-opens")).ToContainTextAsync("开放，还有");
        await Assertions.Expect(page.Locator("#landing-next")).ToBeDisabledAsync();
        await Screenshots.BothSizesAsync(page, "window-01-opens-later");

        // Nothing is reloaded: the countdown reaches the opening time and the start button comes on by itself.
        await Assertions.Expect(page.Locator("#landing-next")).ToBeEnabledAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#landing-opens")).ToContainTextAsync("面试已开放");
        await page.Locator("#lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("#landing-opens")).ToContainTextAsync("The interview is open");
        await Assertions.Expect(slot).ToContainTextAsync("Your booked interview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_job_that_needs_a_booking_sends_the_candidate_to_book_first()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr, interviewWindow: new JsonObject { ["bookingRequired"] = true });
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Unbooked Candidate");
        var page = await ShanghaiPhoneAsync();

        await page.GotoAsync($"/interview.html#token={invitation.Token}");
        await Assertions.Expect(page.Locator("#landing-slot")).ToHaveTextAsync("本岗位需要先预约面试时间，再按时开始。");
        await Assertions.Expect(page.Locator("#landing-next")).ToBeDisabledAsync();
        var book = page.Locator("#landing-book");
        await Assertions.Expect(book).ToBeVisibleAsync();
        Assert.StartsWith("/status.html#token=", await book.GetAttributeAsync("href"));
        await Screenshots.BothSizesAsync(page, "window-02-book-first");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_second_invitation_link_opened_in_the_same_tab_opens_its_own_interview()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var first = await InterviewTestJob.InviteAsync(app.Hr, jobId, "First Candidate");
        var second = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Second Candidate");
        var page = await ShanghaiPhoneAsync();
        const string shownInterview = "() => window.bankhireInterview?.view?.interviewId ?? null";

        await page.GotoAsync($"/interview.html#token={first.Token}");
        await Eventually.TrueAsync(async () => await page.EvaluateAsync<string?>(shownInterview) == first.InterviewId.ToString(),
            TimeSpan.FromSeconds(30), "the first interview to load");
        await page.Locator("#landing-next").ClickAsync();
        await Assertions.Expect(page.Locator("#screen-consent")).ToBeVisibleAsync();

        // Only the fragment changes: the page must load the second interview, not keep the first one's screens.
        await page.GotoAsync($"/interview.html#token={second.Token}");
        await Eventually.TrueAsync(async () => await page.EvaluateAsync<string?>(shownInterview) == second.InterviewId.ToString(),
            TimeSpan.FromSeconds(30), "the second interview to replace the first");
        await Assertions.Expect(page.Locator("#screen-landing")).ToBeVisibleAsync();
        Assert.Equal(second.Token, await page.EvaluateAsync<string>("() => sessionStorage.getItem('bankhire.interview.token')"));
        await page.Context.CloseAsync();
    }
}
