using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Browser.Media;
using BankHire.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BankHire.Tests.Browser;

/// <summary>
/// A candidate takes the AI interview in Chromium, whose fake camera shows a real face and whose fake microphone
/// speaks an answer: the pages, the upload of frames and audio, and the report HR reads afterwards.
/// </summary>
[Collection(CameraBrowserCollection.Name)]
public sealed class InterviewBrowserTests(InterviewBrowserFixture app, ITestOutputHelper output) : IDisposable
{
    public void Dispose()
    {
        while (app.BrowserLog.TryDequeue(out var line)) output.WriteLine(line);
    }

    // Generous: on a loaded two-core CI run (both test assemblies at once) the report once took over 60 s.
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task A_candidate_takes_the_interview_in_the_browser_and_the_report_matches_the_face_and_speech()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Browser Candidate");
        var page = await app.NewPageAsync(phone: true);
        var clock = Stopwatch.StartNew();

        await OpenAndConsentAsync(page, invitation, "e2e");
        await PassDeviceCheckAsync(page, "e2e");
        await AnswerPracticeEarlyAsync(page, "e2e");

        // The scored question: 1 s to think, then recording until the time limit stops it.
        await Assertions.Expect(page.Locator("#phase-record")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rec-time")).ToHaveTextAsync("0:03", new() { Timeout = 15_000 });
        await Screenshots.BothSizesAsync(page, "e2e-05-recording");
        await Assertions.Expect(page.Locator("#phase-done")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#retake")).ToBeHiddenAsync(); // the job allows no retake of it
        await Screenshots.BothSizesAsync(page, "e2e-06-answer-saved");

        await page.Locator("#next-question").ClickAsync(); // "Submit the interview"
        await Assertions.Expect(page.Locator("#screen-complete")).ToBeVisibleAsync();
        await Screenshots.BothSizesAsync(page, "e2e-07-complete");
        var answeredIn = clock.Elapsed;

        var report = await ReportAsync(invitation.InterviewId);
        var reportIn = clock.Elapsed - answeredIn;
        await File.WriteAllTextAsync(Path.Combine(Screenshots.Folder, "e2e-report.json"), report.ToString());
        var face = InterviewTestJob.FeatureValues(report, "face_presence_ratio");
        var speaking = InterviewTestJob.FeatureValues(report, "speaking_ratio");
        var coverage = InterviewTestJob.FeatureValues(report, "expected_point_coverage");
        output.WriteLine($"pages {answeredIn.TotalSeconds:0.0} s, report {reportIn.TotalSeconds:0.0} s later; face presence {string.Join(", ", face)}, " +
                         $"speaking ratio {string.Join(", ", speaking)}, coverage {string.Join(", ", coverage)}");
        Assert.NotEmpty(face);
        Assert.All(face, v => Assert.True(v > 0.8, $"face presence {v} (the face is in every frame)"));
        Assert.NotEmpty(speaking);
        Assert.All(speaking, v => Assert.True(v > 0.3, $"speaking ratio {v}"));
        Assert.True(coverage.Count > 0 && coverage.Max() > 0, $"expected-point coverage {string.Join(", ", coverage)}: the answer says no guarantee, risk");

        // Integrity signals are recorded for HR (the practice answer had a paste), never blocking.
        var hrView = await app.Hr.GetFromJsonAsync<JsonElement>($"/api/interviews/{invitation.InterviewId}");
        Assert.Contains(hrView.GetProperty("integrity").EnumerateArray(), s =>
            s.GetProperty("kind").GetString() == "paste" && s.GetProperty("questionId").GetString() == InterviewTestJob.PracticeQuestionId);

        // The candidate's page sees the report, and the feedback the job releases automatically.
        await Assertions.Expect(page.Locator("#feedback")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Screenshots.BothSizesAsync(page, "e2e-08-feedback");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_network_drop_mid_answer_resumes_and_every_chunk_is_stored_once_without_gaps()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Offline Candidate");
        var page = await app.NewPageAsync(phone: true);

        await OpenAndConsentAsync(page, invitation, "offline");
        await PassDeviceCheckAsync(page, "offline");
        await AnswerPracticeEarlyAsync(page, "offline");

        var recTime = page.Locator("#rec-time");
        await Assertions.Expect(recTime).ToHaveTextAsync("0:02", new() { Timeout = 15_000 });
        await page.Context.SetOfflineAsync(true);
        // The cut must last some wall time while the answer records: until the page's own clock says 0:06.
        await Assertions.Expect(recTime).ToHaveTextAsync("0:06", new() { Timeout = 15_000 });
        await Screenshots.BothSizesAsync(page, "offline-05-recording-offline");
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("#phase-done")).ToBeVisibleAsync(new() { Timeout = 120_000 });

        var stats = await page.EvaluateAsync<JsonElement>("() => JSON.parse(JSON.stringify(window.bankhireUploads))");
        output.WriteLine(stats.ToString());
        var prefix = $"{invitation.InterviewId}/{InterviewTestJob.ScoredQuestionId}/0/";
        var networkErrors = 0;
        foreach (var kind in new[] { "frame", "audio" })
        {
            var stream = stats.GetProperty(prefix + kind);
            var stored = stream.GetProperty("storedSeqs").EnumerateArray().Select(e => e.GetInt32()).ToList();
            var expected = kind == "frame" ? InterviewTestJob.AnswerSeconds * 2 : InterviewTestJob.AnswerSeconds;
            Assert.Equal(stored.Count, stored.Distinct().Count()); // no seq stored twice
            Assert.Equal(Enumerable.Range(0, stored.Count), stored.Order()); // no gap
            Assert.InRange(stored.Count, expected - 2, expected + 1);
            var last = stream.GetProperty("lastAck");
            Assert.Equal(stored.Count, last.GetProperty("nextExpectedSeq").GetInt32());
            Assert.Empty(last.GetProperty("missingSeqs").EnumerateArray());
            Assert.Empty(stream.GetProperty("rejected").EnumerateArray());
            networkErrors += stream.GetProperty("networkErrors").GetInt32();
            // Frames go two to a request (after the cut, the backlog too); audio one second a request.
            var puts = stream.GetProperty("puts").GetInt32() - stream.GetProperty("networkErrors").GetInt32();
            if (kind == "frame") Assert.InRange(puts, 1, stored.Count * 3 / 4);
            else Assert.Equal(stored.Count, puts);
        }
        Assert.True(networkErrors > 0, "the upload was cut while offline");

        // The server took the finish with those counts: the question is answered, and the next step is the complete.
        var view = await page.EvaluateAsync<JsonElement>("() => window.bankhireInterview.view");
        var question = view.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == InterviewTestJob.ScoredQuestionId);
        Assert.Equal("Answered", question.GetProperty("state").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refresh_mid_answer_resumes_the_same_attempt_where_the_upload_stopped()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Refresh Candidate");
        var page = await app.NewPageAsync(phone: false);

        await OpenAndConsentAsync(page, invitation, "refresh");
        await PassDeviceCheckAsync(page, "refresh");
        await AnswerPracticeEarlyAsync(page, "refresh");
        await Assertions.Expect(page.Locator("#phase-record")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rec-time")).ToHaveTextAsync("0:04", new() { Timeout = 15_000 });
        await Screenshots.BothSizesAsync(page, "refresh-05-recording");

        await page.ReloadAsync();
        // The token survived in the tab; the camera opens again and the button says the answer goes on.
        await Assertions.Expect(page.Locator("#screen-device")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#device-next")).ToHaveTextAsync("Continue answering");
        await Assertions.Expect(page.Locator("#device-status")).ToHaveAttributeAsync("data-ok", "true", new() { Timeout = 30_000 });
        await page.Locator("#device-next").ClickAsync();
        await Assertions.Expect(page.Locator("#phase-resume")).ToBeVisibleAsync();
        await Screenshots.BothSizesAsync(page, "refresh-06-resume");
        await page.Locator("#resume-answer").ClickAsync();
        await Assertions.Expect(page.Locator("#phase-record")).ToBeVisibleAsync();
        // The clock goes on from the seconds already stored, not from 0:00.
        Assert.NotEqual("0:00", await page.Locator("#rec-time").TextContentAsync());
        await Assertions.Expect(page.Locator("#phase-done")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Screenshots.BothSizesAsync(page, "refresh-07-answer-saved");

        var stats = await page.EvaluateAsync<JsonElement>("() => JSON.parse(JSON.stringify(window.bankhireUploads))");
        output.WriteLine(stats.ToString());
        var prefix = $"{invitation.InterviewId}/{InterviewTestJob.ScoredQuestionId}/0/";
        foreach (var kind in new[] { "frame", "audio" })
        {
            // After the refresh the page sent only what the server did not have: from its next expected seq on, each once.
            var stream = stats.GetProperty(prefix + kind);
            var stored = stream.GetProperty("storedSeqs").EnumerateArray().Select(e => e.GetInt32()).ToList();
            Assert.NotEmpty(stored);
            Assert.True(stored[0] > 0, $"{kind}: the upload resumed at seq {stored[0]}, not from the start");
            Assert.Equal(Enumerable.Range(stored[0], stored.Count), stored.Order());
            var last = stream.GetProperty("lastAck");
            Assert.Equal(stored[^1] + 1, last.GetProperty("nextExpectedSeq").GetInt32()); // nothing missing below
            Assert.Empty(last.GetProperty("missingSeqs").EnumerateArray());
        }
        // The finish (which checks every seq of the attempt is stored) was accepted, on the same attempt.
        var view = await page.EvaluateAsync<JsonElement>("() => window.bankhireInterview.view");
        var question = view.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == InterviewTestJob.ScoredQuestionId);
        Assert.Equal(("Answered", 0), (question.GetProperty("state").GetString(), question.GetProperty("attempt").GetInt32()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_pages_switch_between_Chinese_and_English_and_offer_separate_unticked_consents()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Language Candidate");
        var page = await app.NewPageAsync(phone: false);
        await page.GotoAsync(invitation.Link);

        // Chinese first; the token leaves the address bar but stays for a refresh.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.Locator("#landing-title")).ToHaveTextAsync(InterviewTestJob.TitleZh);
        Assert.DoesNotContain("token", page.Url);
        await Screenshots.BothSizesAsync(page, "lang-01-landing-zh");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("#landing-title")).ToHaveTextAsync(InterviewTestJob.TitleEn);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How it works" })).ToBeVisibleAsync();
        await Screenshots.BothSizesAsync(page, "lang-02-landing-en");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#landing-title")).ToHaveTextAsync(InterviewTestJob.TitleEn);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        var boxes = page.Locator("#consent-form input[type=checkbox]:visible");
        await Assertions.Expect(boxes).ToHaveCountAsync(5); // four analyses and "none of these"
        foreach (var name in new[] { "Face and video analysis", "Voice analysis", "Content analysis", "Keep the recording for human review" })
            await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = name })).Not.ToBeCheckedAsync();
        // Separate: ticking one ticks no other.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Voice analysis" }).CheckAsync();
        await Assertions.Expect(page.Locator("#consent-form input[type=checkbox]:checked")).ToHaveCountAsync(1);
        await Screenshots.BothSizesAsync(page, "lang-03-consent-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "人脸与视频分析" })).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认并继续" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        // A job whose policy forbids facial indicators does not offer the face choice, and says why.
        var noFaceJob = await InterviewTestJob.CreateAsync(app.Hr, facialIndicatorsAllowed: false);
        var noFace = await InterviewTestJob.InviteAsync(app.Hr, noFaceJob, "No Face Candidate");
        var phone = await app.NewPageAsync(phone: true);
        await phone.GotoAsync(noFace.Link);
        await phone.Locator("#landing-next").ClickAsync();
        await Assertions.Expect(phone.Locator("#consent-form input[type=checkbox]:visible")).ToHaveCountAsync(4);
        await Assertions.Expect(phone.Locator("#consent-face")).ToBeHiddenAsync();
        await Assertions.Expect(phone.Locator("#face-not-used")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#consent-form input[type=checkbox]:checked")).ToHaveCountAsync(0);
        await Screenshots.BothSizesAsync(phone, "lang-04-consent-no-face-zh");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task A_second_person_beside_the_candidate_is_named_by_the_device_check_and_while_recording()
    {
        // Chromium's fake camera plays one file per browser: a browser of its own shows the candidate with someone beside.
        var (playwright, browser) = await Chromium.LaunchAsync(
        [
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            $"--use-file-for-fake-video-capture={BrowserInterviewMedia.SecondPersonVideo}",
            $"--use-file-for-fake-audio-capture={BrowserInterviewMedia.SpeechWav}",
        ]);
        try
        {
            var jobId = await InterviewTestJob.CreateAsync(app.Hr);
            var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Not Alone Candidate");
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
                Permissions = ["camera", "microphone"], BaseURL = app.App.BaseAddress.ToString(),
            });
            var page = await context.NewPageAsync();
            await OpenAndConsentAsync(page, invitation, "second-person");

            await Assertions.Expect(page.Locator("#screen-device")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#device-guidance li[data-code=multiple_faces]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await Screenshots.BothSizesAsync(page, "second-person-01-device-check");
            await page.Locator("#device-next").ClickAsync();

            await Assertions.Expect(page.Locator("#question-label")).ToHaveTextAsync("Practice question (not scored)");
            await Assertions.Expect(page.Locator("#phase-record")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#hints li[data-code=multiple_faces]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#hints li[data-code=multiple_faces]")).ToHaveTextAsync("More than one face is in view; please answer alone.");
            await Screenshots.BothSizesAsync(page, "second-person-02-recording-hint");
            await context.CloseAsync();
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    /// <summary>Landing (switched to English, so the answer is analysed as English), then every consent ticked.</summary>
    internal static async Task OpenAndConsentAsync(IPage page, Invitation invitation, string shot)
    {
        await page.GotoAsync(invitation.Link);
        await Assertions.Expect(page.Locator("#screen-landing")).ToBeVisibleAsync();
        await Screenshots.BothSizesAsync(page, $"{shot}-01-landing-zh");
        await page.Locator("#lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("#landing-title")).ToHaveTextAsync(InterviewTestJob.TitleEn);
        await page.Locator("#landing-next").ClickAsync();

        await Assertions.Expect(page.Locator("#screen-consent")).ToBeVisibleAsync();
        foreach (var name in new[] { "Face and video analysis", "Voice analysis", "Content analysis", "Keep the recording for human review" })
            await page.GetByRole(AriaRole.Checkbox, new() { Name = name }).CheckAsync();
        await Screenshots.BothSizesAsync(page, $"{shot}-02-consent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and continue" }).ClickAsync();
    }

    /// <summary>The camera frame goes to the server's check, which finds the face; then on to the practice question.</summary>
    internal static async Task PassDeviceCheckAsync(IPage page, string shot)
    {
        await Assertions.Expect(page.Locator("#screen-device")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#device-status")).ToHaveAttributeAsync("data-ok", "true", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#device-guidance li[data-code=no_face]")).ToHaveCountAsync(0);
        // The fake microphone speaks: the level meter moves.
        await Eventually.TrueAsync(async () => await page.Locator("#mic-level").EvaluateAsync<double>("m => m.value") > 0.01,
            TimeSpan.FromSeconds(15), "the microphone level meter to move");
        await Screenshots.BothSizesAsync(page, $"{shot}-03-device-check");
        await page.Locator("#device-next").ClickAsync();
    }

    /// <summary>The practice question: answered for two seconds, finished early with the button, then on to the questions.</summary>
    internal static async Task AnswerPracticeEarlyAsync(IPage page, string shot)
    {
        await Assertions.Expect(page.Locator("#question-label")).ToHaveTextAsync("Practice question (not scored)");
        await Assertions.Expect(page.Locator("#phase-record")).ToBeVisibleAsync(); // think time is 1 s
        await Assertions.Expect(page.Locator("#rec-time")).ToHaveTextAsync("0:02", new() { Timeout = 15_000 });
        await page.Locator("#typed-answer").DispatchEventAsync("paste"); // an integrity signal, nothing typed
        await page.Locator("#finish-answer").ClickAsync();
        await Assertions.Expect(page.Locator("#phase-done")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#retake")).ToBeVisibleAsync(); // practice allows a retake
        await Screenshots.BothSizesAsync(page, $"{shot}-04-practice-done");
        await page.Locator("#next-question").ClickAsync(); // "Start the questions"
        await Assertions.Expect(page.Locator("#question-label")).ToHaveTextAsync("Question 1 of 1");
    }

    private async Task<JsonElement> ReportAsync(Guid interviewId) =>
        await Eventually.ReturnsAsync(async () =>
        {
            using var response = await app.Hr.GetAsync($"/api/interviews/{interviewId}/report");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
        }, report => report.ValueKind == JsonValueKind.Object, ReportTimeout, "the interview's report");
}
