using System.Text;
using System.Text.RegularExpressions;
using BankHire.Tests.Processes;
using Microsoft.Playwright;
using static BankHire.Tests.TalentPool.PoolResumes;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// A job's resumes in the new console: files uploaded with a result per file (a refusal's reason in the console's
/// language), the ranking, the top candidates invited with their links (and moved to "invited"), and the screening
/// checked against HR's own ratings — figures per language and the pairs ordered against HR. Chinese on a laptop,
/// English on a phone.
/// </summary>
public sealed class HrResumeScreeningBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleSettings.EnLaptopZhPhone;

    private const string Engineer = """
        Li Ming
        Phone: 139 0000 1111 | Email: li.ming@example.com
        Education
        B.Eng. in Mechanical Engineering, Hefei University of Technology, 2019
        Experience
        Jul 2019 - Present | Anhui Heavy Machinery Co. Ltd | Technician
        Maintained production equipment and kept repair logs.
        """;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Hr_imports_resumes_ranks_them_invites_the_top_and_checks_the_screening_against_its_own_ratings(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var job = await NewJobAsync(api, "teller");
        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await hr.PickJobAsync(job);
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("简历筛选", "Resumes") }).ClickAsync();
        var view = page.Locator($".resumes-view[data-job-id='{job}']");

        // 1. One good resume and one broken PDF: a result each, the refusal's reason translated, progress to the end.
        var teller = Teller("赵一鸣", "营销");
        await view.Locator("input[name=resumes]").SetInputFilesAsync(
        [
            new FilePayload { Name = teller.Name, MimeType = "text/plain", Buffer = teller.Content },
            new FilePayload { Name = "broken.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7 truncated") },
        ]);
        await Assertions.Expect(view.Locator(".upload-status")).ToContainTextAsync(hr.Text("完成", "Done"), new() { Timeout = 30_000 });
        await Assertions.Expect(view.Locator(".upload-result[data-status=Parsed]")).ToContainTextAsync(teller.Name);
        await Assertions.Expect(view.Locator(".upload-result[data-status=Parsed] .upload-status-tag")).ToHaveTextAsync(hr.Text("已解析", "Parsed"));
        var refused = view.Locator(".upload-result[data-status=Rejected]");
        await Assertions.Expect(refused).ToContainTextAsync("broken.pdf");
        await Assertions.Expect(refused.Locator(".upload-status-tag")).ToHaveTextAsync(hr.Text("已拒收", "Rejected"));
        await Assertions.Expect(refused.Locator(".upload-note")).Not.ToBeEmptyAsync();
        if (!hr.English) await Assertions.Expect(refused.Locator(".upload-note")).Not.ToHaveTextAsync(new Regex("[A-Za-z]{3,}"));
        await Assertions.Expect(view.Locator(".upload-progress")).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(view.Locator(".ranking-table")).ToContainTextAsync("赵一鸣");
        await hr.CheckAsync("resumes");

        // 2. The top five invited: the one ranked person gets a link and moves to "invited".
        await view.Locator("#invite-count").FillAsync("5");
        await view.Locator(".invite-top-button").ClickAsync();
        var invited = view.Locator(".invited-row");
        await Assertions.Expect(invited).ToHaveCountAsync(1);
        await Assertions.Expect(invited).ToContainTextAsync("赵一鸣");
        await Assertions.Expect(invited.Locator("a.invitation-link")).ToHaveAttributeAsync("href", new Regex("#token="));
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("候选人", "Candidates") }).ClickAsync();
        await Assertions.Expect(hr.Row("赵一鸣").Locator(".stage")).ToHaveTextAsync(hr.Text("待预约", "Invited"));

        // 3. Screening validation: HR rates the engineer above the teller; the screening disagrees and the pair is shown.
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("简历筛选", "Resumes") }).ClickAsync();
        var qian = Teller("钱多多", "反洗钱");
        await view.Locator("input[name=validation-files]").SetInputFilesAsync(
        [
            new FilePayload { Name = "qian.txt", MimeType = "text/plain", Buffer = qian.Content },
            new FilePayload { Name = "li.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Engineer) },
        ]);
        await view.Locator("input[name=validation-labels]").SetInputFilesAsync(
            new FilePayload { Name = "labels.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("文件名,档次\nqian.txt,B\nli.txt,A\n") });
        await view.Locator(".run-validation").ClickAsync();
        var figures = view.Locator(".validation-figures");
        await Assertions.Expect(figures).ToContainTextAsync(hr.Text("全部", "All"), new() { Timeout = 30_000 });
        await Assertions.Expect(figures).ToContainTextAsync(hr.Text("中文简历", "Chinese resumes"));
        await Assertions.Expect(figures).ToContainTextAsync(hr.Text("英文简历", "English resumes"));
        var pairs = view.Locator(".validation-pairs");
        await Assertions.Expect(pairs.Locator(".validation-side").First).ToContainTextAsync("li.txt");
        await Assertions.Expect(pairs.Locator(".validation-side").Nth(1)).ToContainTextAsync("qian.txt");
        await Assertions.Expect(pairs.Locator(".explanation").First).Not.ToBeEmptyAsync();
        await Assertions.Expect(view.Locator(".validation-history")).ToContainTextAsync(hr.Text("模型版本 v1", "Model version v1"));
        await pairs.ScrollIntoViewIfNeededAsync();
        await hr.CheckAsync("resumes-validation");
        await page.Context.CloseAsync();
    }
}
