using System.Text;
using Microsoft.Playwright;

namespace BankHire.Tests.Browser;

/// <summary>HR searches the talent pool in the console, sees the unhired top scorer flagged, and re-matches them to another job.</summary>
public sealed class TalentPoolBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private const string StrongResume = """
        闻人若溪
        手机：13800138555  邮箱：ruoxi.wenren@example.edu.cn
        教育背景
        2019.09 - 2023.06  上海财经大学  金融学  本科
        工作经历
        2023.07 - 2025.06  中国建设银行上海分行  综合柜员
        负责柜台服务与客户服务，处理现金业务，耐心解答客户咨询，获评优质服务标兵。
        专业技能
        Python、数据分析、营销
        证书
        银行从业资格证书
        """;

    private const string WeakResume = """
        东方远帆
        手机：13800138666  邮箱：yuanfan.dongfang@example.com
        教育背景
        2021.09 - 2024.06  某职业技术学院  烹饪工艺  专科
        工作经历
        2024.07 - 2025.06  某酒店  厨师
        负责后厨备餐。
        """;

    [Fact]
    public async Task Hr_finds_the_flagged_top_scorer_in_the_pool_and_re_matches_them_to_another_job()
    {
        var page = await ConsolePage.SignedInAsync(app);
        await page.GetByRole(AriaRole.Tab, new() { Name = "人才库" }).ClickAsync();

        var pool = page.Locator("#talent-pool");
        await Assertions.Expect(pool.Locator("table.pool-table")).ToContainTextAsync("王小明");   // the demo bank's candidates are in the pool

        // Two new tellers' resumes, imported as HR does (the console's import pane posts the same request).
        var files = page.APIRequest.CreateFormData();
        files.Append("files", new FilePayload { Name = "闻人若溪.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(StrongResume) });
        files.Append("files", new FilePayload { Name = "东方远帆.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(WeakResume) });
        var imported = await page.APIRequest.PostAsync("/api/jobs/teller-2027-campus/resumes", new() { Multipart = files });
        Assert.True(imported.Ok, await imported.TextAsync());

        // The pool hears of new candidates one-way: wait until it has both before searching in the page.
        await Support.Eventually.ReturnsAsync(
            () => page.EvaluateAsync<int>("async () => (await (await fetch('/api/talent-pool?jobId=teller-2027-campus&minScore=0')).json()).total"),
            total => total == 2, TimeSpan.FromSeconds(30), "the two new tellers in the pool");

        // Search by skill: only the teller with Python; she leads her job's scores, so she is flagged.
        await pool.GetByLabel("姓名或技能").FillAsync("python");
        await pool.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        var rows = pool.Locator("table.pool-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        var ruoxi = rows.Filter(new() { HasText = "闻人若溪" });
        await Assertions.Expect(ruoxi).ToHaveClassAsync("flagged");
        await Assertions.Expect(ruoxi.Locator(".flag").First).ToHaveTextAsync("前 10%");
        await Assertions.Expect(ruoxi).ToContainTextAsync("Python");
        await Assertions.Expect(ruoxi).ToContainTextAsync("综合柜员");

        // Only the unhired top tenth: the weaker new teller is not in it.
        await pool.GetByLabel("姓名或技能").FillAsync("");
        await pool.GetByLabel("仅前 10% 未录用").CheckAsync();
        await pool.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await Assertions.Expect(pool.Locator(".pool-summary")).ToContainTextAsync("前 10% 未录用");
        await Assertions.Expect(rows.Filter(new() { HasText = "闻人若溪" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "东方远帆" })).ToHaveCountAsync(0);
        await Assertions.Expect(rows.Filter(new() { HasText = "王小明" })).ToHaveCountAsync(0);   // no score, never flagged

        // Re-match her resume to the client-manager job: she ranks there, and her row lists both jobs.
        await pool.GetByLabel("匹配岗位 闻人若溪").SelectOptionAsync("client-manager-2027-campus");
        await pool.GetByRole(AriaRole.Button, new() { Name = "重新匹配 闻人若溪" }).ClickAsync();
        var matched = pool.Locator("tr", new() { HasText = "闻人若溪" });
        await Assertions.Expect(matched.Locator(".rematch-result")).ToContainTextAsync("已匹配 客户经理");
        await Assertions.Expect(matched.Locator(".rematch-result")).ToContainTextAsync("排名 1");
        await Assertions.Expect(matched.Locator("p.pool-job[data-candidate-id]")).ToHaveCountAsync(2);
        await Assertions.Expect(matched).ToContainTextAsync("· 重新匹配");

        await page.EvaluateAsync("() => document.querySelector('#pool-title').scrollIntoView({ block: 'start' })");
        Directory.CreateDirectory(Screenshots.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "console-talent-pool-1280x800.png") });

        var ranking = await page.EvaluateAsync<string>("async () => await (await fetch('/api/jobs/client-manager-2027-campus/ranking?includeKnockedOut=true')).text()");
        Assert.Contains("闻人若溪", ranking);
    }
}
