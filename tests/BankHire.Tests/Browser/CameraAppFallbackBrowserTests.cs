using System.Text.Json;
using BankHire.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BankHire.Tests.Browser;

/// <summary>
/// A browser that cannot capture live (an in-app browser without getUserMedia or AudioWorklet): the page offers the
/// phone's own camera app instead, and the chosen video is uploaded and decoded into the answer.
/// </summary>
[Collection(CameraBrowserCollection.Name)]
public sealed class CameraAppFallbackBrowserTests(InterviewBrowserFixture app, ITestOutputHelper output) : IDisposable
{
    private static readonly string AxeScript = RepositoryRoot.Combine("web-frontend", "console-app", "node_modules", "axe-core", "axe.min.js");

    public void Dispose()
    {
        while (app.BrowserLog.TryDequeue(out var line)) output.WriteLine(line);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Without_live_capture_the_answer_is_recorded_with_the_camera_app_and_uploaded(string language)
    {
        var jobId = await InterviewTestJob.CreateAsync(app.Hr);
        var invitation = await InterviewTestJob.InviteAsync(app.Hr, jobId, "Camera App Candidate");
        var page = await app.NewPageAsync(phone: true);
        // What an in-app browser without capture looks like to the page.
        await page.AddInitScriptAsync("Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true }); delete window.AudioWorkletNode;");
        await page.GotoAsync(invitation.Link);
        await Assertions.Expect(page.Locator("#screen-landing")).ToBeVisibleAsync();
        if (language == "en") await page.Locator("#lang-switch").ClickAsync();
        await page.Locator("#landing-next").ClickAsync();
        foreach (var id in new[] { "#consent-face", "#consent-voice", "#consent-content" }) await page.Locator(id).CheckAsync();
        await page.Locator("#consent-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#device-fallback")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#device-fallback")).ToHaveTextAsync(language == "en"
            ? "This browser cannot record in the page (some in-app browsers cannot). For each question, record your answer with your phone's camera; it uploads by itself."
            : "当前浏览器无法在页面内录像（部分 App 内置浏览器不支持）。每道题请用手机相机录制回答，录完自动上传。");
        await Assertions.Expect(page.Locator("#device-live")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#use-camera-app")).ToBeHiddenAsync(); // nothing live to switch back to
        await CheckScreenAsync(page, $"camera-app-01-device-{language}");
        await page.Locator("#device-next").ClickAsync();

        await page.Locator("#answer-now").ClickAsync();
        await Assertions.Expect(page.Locator("#phase-file")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#answer-file")).ToHaveAttributeAsync("capture", "user");
        await Assertions.Expect(page.Locator("#answer-file")).ToHaveAttributeAsync("accept", "video/*");
        await CheckScreenAsync(page, $"camera-app-02-record-{language}");

        await page.Locator("#answer-file").SetInputFilesAsync(new FilePayload { Name = "answer.mp4", MimeType = "video/mp4", Buffer = PhoneRecordingMedia.Mp4 });
        await Assertions.Expect(page.Locator("#phase-done")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        var practice = await page.EvaluateAsync<JsonElement>("() => window.bankhireInterview.view.questions.find(q => q.practice)");
        Assert.Equal("Answered", practice.GetProperty("state").GetString());
        Assert.True(practice.GetProperty("frameNextSeq").GetInt32() >= PhoneRecordingMedia.Seconds * 2 - 1, practice.ToString());
        Assert.True(practice.GetProperty("audioNextSeq").GetInt32() >= PhoneRecordingMedia.Seconds, practice.ToString());
        await CheckScreenAsync(page, $"camera-app-03-saved-{language}");
        await page.Context.CloseAsync();
    }

    /// <summary>axe-core finds nothing, the page fits the phone, and the screen is kept as a screenshot.</summary>
    private static async Task CheckScreenAsync(IPage page, string name)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | '))");
        Assert.True(violations.GetArrayLength() == 0, $"{name}: axe violations\n{string.Join('\n', violations.EnumerateArray())}");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"{name}: the page is {width} px wide on a 390 px phone");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"{name}.png") });
    }
}
