using System.Text;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>HR uploads resumes in the console, watches the result per file, sees the ranking and invites the top candidates.</summary>
public sealed class ResumeScreeningBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private const string StrongResume = """
        赵一鸣
        手机：13800138123  邮箱：yiming.zhao@example.edu.cn
        教育背景
        2019.09 - 2023.06  上海财经大学  金融学  本科
        工作经历
        2023.07 - 2025.06  中国工商银行上海分行  综合柜员
        负责柜台服务与客户服务，处理现金业务，耐心解答客户咨询，获评优质服务标兵。
        证书
        银行从业资格证书
        """;

    [Fact]
    public async Task Uploading_resumes_shows_a_result_per_file_a_ranking_and_invites_the_top()
    {
        var page = await ConsolePage.SignedInAsync(app);
        var teller = await ConsolePage.JobAsync(page, "teller-2027-campus", "简历筛选");
        await teller.Locator("input[name=resumes]").SetInputFilesAsync(
        [
            new FilePayload { Name = "赵一鸣.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(StrongResume) },
            new FilePayload { Name = "broken.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7 truncated") },
        ]);

        await Assertions.Expect(teller.Locator("p.upload-status")).ToContainTextAsync("完成", new() { Timeout = 30_000 });
        var uploads = teller.Locator("table.upload-table");
        await Assertions.Expect(uploads).ToContainTextAsync("赵一鸣.txt");
        await Assertions.Expect(uploads).ToContainTextAsync("已解析");
        await Assertions.Expect(uploads).ToContainTextAsync("已拒收");
        await Assertions.Expect(teller.Locator("progress")).ToHaveJSPropertyAsync("value", 1);
        await Assertions.Expect(teller.Locator("table.ranking-table")).ToContainTextAsync("赵一鸣");

        await teller.GetByLabel("邀请人数").FillAsync("5");
        await teller.GetByRole(AriaRole.Button, new() { Name = "邀请排名靠前者参加 AI 面试" }).ClickAsync();
        var invited = teller.Locator(".invited table.invited-table");
        await Assertions.Expect(invited).ToContainTextAsync("赵一鸣");
        await Assertions.Expect(invited.Locator("a.invitation-link").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/interview\\.html#token="));

        await ConsolePage.PaneAsync(teller, "候选人");
        await Assertions.Expect(teller.Locator("tr", new() { HasText = "赵一鸣" }).Locator(".stage")).ToHaveTextAsync("待预约");
    }
}
