using System.Text.Json;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>The new HR console at /hr/ (web-frontend/console-app, built by scripts/build-console.sh): open it at a
/// size and in a language, sign in, pick a job, check a screen with axe-core and keep its screenshot.</summary>
public sealed class HrConsolePage(IPage page, string language, ViewportSize size)
{
    public static readonly ViewportSize Laptop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly string AxeScript = RepositoryRoot.Combine("web-frontend", "console-app", "node_modules", "axe-core", "axe.min.js");
    private readonly List<string> _errors = [];

    /// <summary>The server's codes that must reach a Chinese reader translated: stages, verdicts, channels, statuses.</summary>
    private static readonly System.Text.RegularExpressions.Regex RawCodes = new(
        @"\b(Applied|Screened|Invited|Booked|Interviewing|Completed|SecondRound|Offer|Hired|Rejected|Withdrawn|PriorityHire|NeedsHumanReview|Email|Sms|Queued|Sent|Failed|Draft|Open|Closed|HrAdmin)\b");

    public IPage Page { get; } = page;
    public bool English => language == "en";
    public bool Narrow => size.Width < 600;

    /// <summary>Console errors (a CSP refusal, a failed script) seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public string Text(string zh, string en) => English ? en : zh;

    /// <summary>After a refusal the test asked for: the browser logs the 4xx answer as an error, which is expected there.</summary>
    public void ExpectedRefusalSeen(int status = 400) => _errors.RemoveAll(e => e.Contains($"status of {status}"));

    /// <summary>Signed in as the admin, or as the user named (an interviewer, say).</summary>
    public static async Task<HrConsolePage> SignedInAsync(BrowserAppFixture app, string language, ViewportSize size, string userName = "admin", string? password = null)
    {
        if (!File.Exists(RepositoryRoot.Combine("web-frontend", "wwwroot", "hr", "index.html")))
            throw new InvalidOperationException("The HR console is not built: run scripts/build-console.sh (test.sh does).");
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = size, BaseURL = app.App.BaseAddress.ToString(), AcceptDownloads = true, Locale = language,
        });
        context.SetDefaultTimeout(30_000);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var console = new HrConsolePage(await context.NewPageAsync(), language, size);
        console.Page.Console += (_, message) => { if (message.Type == "error") console._errors.Add(message.Text); };
        await console.Page.GotoAsync("/hr/");
        if (language == "en") await console.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await console.Page.GetByLabel(console.Text("用户名", "User name")).FillAsync(userName);
        await console.Page.GetByLabel(console.Text("密码", "Password")).FillAsync(password ?? WebApp.AdminPassword);
        await console.Page.GetByRole(AriaRole.Button, new() { Name = console.Text("登录", "Sign in"), Exact = true }).ClickAsync();
        await Assertions.Expect(console.Page.Locator(".shell-header")).ToBeVisibleAsync();
        console._errors.Clear(); // the console asks who is signed in before anyone is: that 401 is expected
        return console;
    }

    public async Task PickJobAsync(string jobId)
    {
        await Page.Locator(".job-switcher").ClickAsync();
        await Page.Locator($".el-select-dropdown .job-option[data-job-id='{jobId}']").ClickAsync();
        await Assertions.Expect(Page.Locator($".candidates-view[data-job-id='{jobId}'], .board[data-job-id='{jobId}']")).ToBeVisibleAsync();
    }

    public ILocator Rows => Page.Locator(".candidates .el-table__body tr.el-table__row");

    public ILocator Row(string name) => Rows.Filter(new() { Has = Page.Locator(".candidate-name", new() { HasTextString = name }) });

    /// <summary>axe-core (npm, the console's devDependency) in the page: no violation of any rule it runs, no raw
    /// catalogue key shown, nothing wider than the window, and no console error; then the screenshot.</summary>
    public async Task CheckAsync(string screen)
    {
        // A screen is checked at rest: toasts and dropdowns fade in and out over a few hundred ms (longer on a loaded
        // machine), and half-transparent text mid-fade is not the contrast the person reads.
        await SettledAsync();
        await Page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var violations = await Page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | '))");
        Assert.True(violations.GetArrayLength() == 0, $"{screen}: axe violations\n{string.Join('\n', violations.EnumerateArray())}");
        var missing = await Page.EvaluateAsync<string[]>("() => window.__bankhireMissingKeys");
        Assert.True(missing.Length == 0, $"{screen}: keys with no message: {string.Join(", ", missing)}");
        if (!English)
        {
            var shown = await Page.Locator("body").InnerTextAsync();
            Assert.DoesNotMatch(RawCodes, shown);
        }
        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= size.Width, $"{screen}: the page is {width} px wide in a {size.Width} px window");
        Assert.True(_errors.Count == 0, $"{screen}: console errors\n{string.Join('\n', _errors)}");
        Directory.CreateDirectory(Screenshots.Folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"hr-{screen}-{language}-{size.Width}x{size.Height}.png") });
    }

    private async Task SettledAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "() => !document.querySelector('.el-message') && ![...document.querySelectorAll('.el-popper, .el-select-dropdown')]" +
                ".some(p => p.getClientRects().length > 0 && getComputedStyle(p).visibility !== 'hidden')" +
                // A dialog fading in is mid-transition too: wait for every finite animation or transition to end.
                " && document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
                null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // Still showing after 10 s: it belongs to the screen, and axe judges it as it is.
        }
    }
}
