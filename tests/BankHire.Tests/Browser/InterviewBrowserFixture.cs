using BankHire.Tests.Browser.Media;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>
/// The embedded app as a real process with the demo bank, HR signed in over HTTP, and a headless Chromium whose
/// camera shows the astronaut's face and whose microphone speaks <see cref="BrowserInterviewMedia.SpokenAnswer"/>.
/// </summary>
public sealed class InterviewBrowserFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private IPlaywright _playwright = null!;

    public AppProcess App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Hr { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Media first (ffmpeg, espeak-ng; apt-get download on a machine without python3-skimage), while nothing else runs.
        var video = BrowserInterviewMedia.FaceVideo;
        var audio = BrowserInterviewMedia.SpeechWav;
        var ports = FreePorts.Take(3);
        App = WebApp.Start(ports[0], new Dictionary<string, string>
        {
            ["BankHire__DataDirectory"] = _data.Path,
            ["BankHire__SiloPort"] = ports[1].ToString(),
            ["BankHire__GatewayPort"] = ports[2].ToString(),
            ["BankHire__Demo__Seed"] = "true",
        });
        var launch = Chromium.LaunchAsync(
        [
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            $"--use-file-for-fake-video-capture={video}",
            $"--use-file-for-fake-audio-capture={audio}",
        ]);
        await App.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        (_playwright, Browser) = await launch;
        Hr = await WebApp.SignInAsync(App);
        Directory.CreateDirectory(Screenshots.Folder);
    }

    /// <summary>A phone-sized (or desktop) browser context with camera and microphone allowed.</summary>
    public async Task<IPage> NewPageAsync(bool phone = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = phone ? 2 : 1,
            IsMobile = phone,
            HasTouch = phone,
            Permissions = ["camera", "microphone"],
            BaseURL = App.BaseAddress.ToString(),
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => BrowserLog.Enqueue($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => BrowserLog.Enqueue($"page error: {error}");
        page.Response += (_, response) => { if (response.Status >= 400) BrowserLog.Enqueue($"HTTP {response.Status}: {response.Request.Method} {response.Url}"); };
        page.RequestFailed += (_, request) => BrowserLog.Enqueue($"request failed: {request.Method} {request.Url} {request.Failure}");
        return page;
    }

    /// <summary>What the pages wrote to their console, their uncaught errors and failed requests, for failure messages.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> BrowserLog { get; } = new();

    public async Task DisposeAsync()
    {
        Hr?.Dispose();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        _data.Dispose();
    }
}

/// <summary>The tests whose Chromium has the astronaut's portrait as its camera share one app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class CameraBrowserCollection : ICollectionFixture<InterviewBrowserFixture>
{
    public const string Name = "Camera browser";
}
