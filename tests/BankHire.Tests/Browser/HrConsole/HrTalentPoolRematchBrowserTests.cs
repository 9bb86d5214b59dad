using System.Net.Http.Json;
using BankHire.Tests.Processes;
using BankHire.Tests.Support;
using Microsoft.Playwright;
using static BankHire.Tests.TalentPool.PoolResumes;

namespace BankHire.Tests.Browser.HrConsole;

/// <summary>
/// The talent pool in the new console: a person found by name with their skills, their stored resume re-matched to
/// another job — scored and ranked there — and then listed under both jobs, the new one marked as re-matched.
/// Chinese on a laptop, English on a phone.
/// </summary>
public sealed class HrTalentPoolRematchBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    public static TheoryData<string, int> Settings => HrConsoleSettings.ZhLaptopEnPhone;

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Hr_finds_a_person_in_the_pool_and_re_matches_their_resume_to_another_job(string language, int width)
    {
        using var api = await WebApp.SignInAsync(app.App);
        var tellers = await NewJobAsync(api, "teller");
        var managers = await NewJobAsync(api, "client-manager");
        var name = language == "en" ? "闻人若水" : "闻人若溪";
        var ids = await UploadAsync(api, tellers, Teller(name, "Python", "营销"));
        // The pool hears of new candidates one-way: wait until it has her before searching in the page.
        await Eventually.ReturnsAsync(() => SearchAsync(api, $"jobId={tellers}"), p => Person(p, ids[0]) is not null, TimeSpan.FromSeconds(30), "the new teller in the pool");

        var hr = await HrConsolePage.SignedInAsync(app, language, width < 600 ? HrConsolePage.Phone : HrConsolePage.Laptop);
        var page = hr.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = hr.Text("人才库", "Talent pool") }).ClickAsync();
        await page.Locator("#talent-q").FillAsync(name);
        await page.Locator(".talent-search").ClickAsync();
        var person = page.Locator(".talent-person").Filter(new() { HasTextString = name });
        await Assertions.Expect(page.Locator(".talent-person")).ToHaveCountAsync(1);
        await Assertions.Expect(person.Locator(".talent-skills")).ToContainTextAsync("Python");
        await Assertions.Expect(person.Locator(".talent-job-row")).ToHaveCountAsync(1);

        // Re-matched to the client-manager job: scored there, first in its ranking (she is its only candidate).
        await person.Locator(".rematch-job").ClickAsync();
        await page.Locator($".el-select-dropdown .rematch-option[data-job-id='{managers}']").ClickAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = hr.Text($"重新匹配 {name}", $"Re-match {name}") }).ClickAsync();
        var result = person.Locator(".rematch-result");
        await Assertions.Expect(result).ToContainTextAsync(hr.Text("已匹配 客户经理", "Matched to Client"));
        await Assertions.Expect(result).ToContainTextAsync(hr.Text("排名 1", "rank 1"));
        await Assertions.Expect(person.Locator(".talent-job-row")).ToHaveCountAsync(2);
        await Assertions.Expect(person.Locator(".rematched-tag")).ToHaveTextAsync(hr.Text("重新匹配", "re-matched"));
        await hr.CheckAsync("talent-rematch");

        var ranking = await api.GetStringAsync($"/api/jobs/{managers}/ranking?includeKnockedOut=true");
        Assert.Contains(name, ranking);
        await page.Context.CloseAsync();
    }
}
