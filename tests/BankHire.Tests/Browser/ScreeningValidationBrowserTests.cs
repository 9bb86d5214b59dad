using System.Text;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>HR checks the screening against its own ratings in the console: figures per language and the pairs ordered against it.</summary>
public sealed class ScreeningValidationBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private const string Teller = """
        钱多多
        手机：13800138555  邮箱：duoduo.qian@example.edu.cn
        教育背景
        2019.09 - 2023.06  上海财经大学  金融学  本科
        工作经历
        2023.07 - 2025.06  中国工商银行上海分行  综合柜员
        负责柜台服务与客户服务，处理现金业务，耐心解答客户咨询，处理客户投诉。
        严格执行反洗钱规定，参与营业厅服务礼仪培训。
        证书
        银行从业资格证书；普通话二级甲等
        """;

    private const string Engineer = """
        Li Ming
        Phone: 139 0000 1111 | Email: li.ming@example.com
        Education
        B.Eng. in Mechanical Engineering, Hefei University of Technology, 2019
        Experience
        Jul 2019 - Present | Anhui Heavy Machinery Co. Ltd | Technician
        Maintained production equipment and kept repair logs.
        """;

    [Fact]
    public async Task A_labelled_set_shows_the_agreement_figures_and_the_pairs_ordered_against_HR()
    {
        var page = await ConsolePage.SignedInAsync(app);
        var teller = await ConsolePage.JobAsync(page, "teller-2027-campus", "简历筛选");
        await teller.Locator("input[name=validation-files]").SetInputFilesAsync(
        [
            new FilePayload { Name = "qian.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Teller) },
            new FilePayload { Name = "li.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Engineer) },
        ]);
        // HR rates the engineer above the teller: the model disagrees, and the pair is shown with both explanations.
        await teller.Locator("input[name=validation-labels]").SetInputFilesAsync(
            new FilePayload { Name = "labels.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("文件名,档次\nqian.txt,B\nli.txt,A\n") });
        await teller.GetByRole(AriaRole.Button, new() { Name = "开始校验" }).ClickAsync();

        var figures = teller.Locator("table.validation-figures");
        await Assertions.Expect(figures).ToContainTextAsync("全部", new() { Timeout = 30_000 });
        await Assertions.Expect(figures).ToContainTextAsync("中文简历");
        await Assertions.Expect(figures).ToContainTextAsync("英文简历");
        var pairs = teller.Locator("table.validation-pairs");
        await Assertions.Expect(pairs).ToContainTextAsync("li.txt");
        await Assertions.Expect(pairs).ToContainTextAsync("qian.txt");
        await Assertions.Expect(pairs.Locator(".explanation").First).ToContainTextAsync("分");
        await Assertions.Expect(teller.Locator("table.validation-history-table")).ToContainTextAsync("模型版本 v");
    }
}
