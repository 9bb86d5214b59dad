using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BankHire.Tests.Browser;

/// <summary>
/// The interview page makes the candidate choose: consent with nothing ticked does not go through (an explicit "none"
/// does, and is recorded); giving up unused retakes is confirmed first; a blank camera picture is "no picture".
/// </summary>
[Collection(CameraBrowserCollection.Name)]
public sealed class InterviewChoicesBrowserTests(InterviewBrowserFixture app, ITestOutputHelper output) : IDisposable
{
    public void Dispose()
    {
        while (app.BrowserLog.TryDequeue(out var line)) output.WriteLine(line);
    }

    [Fact]
    public async Task Consent_with_nothing_ticked_is_refused_and_an_explicit_none_is_recorded()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Choosing Candidate");
        var page = await app.NewPageAsync(phone: true);
        await page.GotoAsync(invitation.Link);
        await page.Locator("#landing-next").ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "确认并继续" }).ClickAsync();
        await Assertions.Expect(page.Locator("#consent-error")).ToHaveTextAsync("请做出选择：勾选您同意的事项，或勾选“以上都不同意”。");
        await Assertions.Expect(page.Locator("#screen-consent")).ToBeVisibleAsync();
        var hr = await app.Hr.GetFromJsonAsync<JsonElement>($"/api/interviews/{invitation.InterviewId}");
        Assert.Equal(JsonValueKind.Null, hr.GetProperty("consent").ValueKind); // nothing went to the server
        await Screenshots.BothSizesAsync(page, "choices-01-consent-needs-a-choice");

        // "None" and an analysis exclude each other.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "语音分析" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "以上都不同意" }).CheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "语音分析" })).Not.ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认并继续" }).ClickAsync();
        await Assertions.Expect(page.Locator("#screen-device")).ToBeVisibleAsync();

        hr = await app.Hr.GetFromJsonAsync<JsonElement>($"/api/interviews/{invitation.InterviewId}");
        var consent = hr.GetProperty("consent");
        Assert.Equal((false, false, false, false), (consent.GetProperty("face").GetBoolean(), consent.GetProperty("voice").GetBoolean(),
            consent.GetProperty("content").GetBoolean(), consent.GetProperty("keepRecording").GetBoolean()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Submitting_with_a_retake_left_asks_first_and_going_back_keeps_the_interview_open()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr, retakes: 1);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Confirming Candidate");
        var page = await app.NewPageAsync(phone: true);
        await InterviewBrowserTests.OpenAndConsentAsync(page, invitation, "choices");
        await InterviewBrowserTests.PassDeviceCheckAsync(page, "choices");
        await InterviewBrowserTests.AnswerPracticeEarlyAsync(page, "choices");

        await Assertions.Expect(page.Locator("#phase-record")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rec-time")).ToHaveTextAsync("0:02", new() { Timeout = 15_000 });
        await page.Locator("#finish-answer").ClickAsync();
        await Assertions.Expect(page.Locator("#phase-done")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.Locator("#next-question").ClickAsync(); // "Submit the interview", with one retake unused
        var dialog = page.Locator("#submit-confirm");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#submit-confirm-text")).ToContainTextAsync("1 retake");
        await Screenshots.BothSizesAsync(page, "choices-02-submit-confirm");
        await page.Locator("#submit-confirm-back").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#retake")).ToBeVisibleAsync();
        var hr = await app.Hr.GetFromJsonAsync<JsonElement>($"/api/interviews/{invitation.InterviewId}");
        Assert.Equal("InProgress", hr.GetProperty("status").GetString());

        await page.Locator("#next-question").ClickAsync();
        await page.Locator("#submit-confirm-go").ClickAsync();
        await Assertions.Expect(page.Locator("#screen-complete")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_black_or_flat_picture_is_blank_and_a_scene_is_not()
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Blank Camera Candidate");
        var page = await app.NewPageAsync(phone: true);
        await page.GotoAsync(invitation.Link);
        await Assertions.Expect(page.Locator("#screen-landing")).ToBeVisibleAsync();

        // A canvas stream played in a real <video>, painted black, then grey, then with a pattern.
        const string blankAfterPainting = """
            async (paint) => {
              const canvas = document.createElement("canvas");
              canvas.width = 160; canvas.height = 120;
              const g = canvas.getContext("2d");
              const draw = () => {
                if (paint === "black") { g.fillStyle = "#000"; g.fillRect(0, 0, 160, 120); }
                else if (paint === "grey") { g.fillStyle = "#808080"; g.fillRect(0, 0, 160, 120); }
                else { for (let x = 0; x < 160; x += 10) { g.fillStyle = x % 20 ? "#222" : "#ddd"; g.fillRect(x, 0, 10, 120); } }
              };
              draw();
              const video = document.createElement("video");
              video.muted = true;
              video.srcObject = canvas.captureStream(10);
              document.body.append(video);
              await video.play();
              for (let i = 0; i < 100 && !video.videoWidth; i++) { draw(); await new Promise(r => setTimeout(r, 50)); }
              draw();
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              const blank = window.bankhireInterview.capture.isBlank(video);
              video.remove();
              return blank;
            }
            """;
        Assert.True(await page.EvaluateAsync<bool>(blankAfterPainting, "black"));
        Assert.True(await page.EvaluateAsync<bool>(blankAfterPainting, "grey"));
        Assert.False(await page.EvaluateAsync<bool>(blankAfterPainting, "stripes"));
        await page.Context.CloseAsync();
    }
}
