using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BankHire.Tests.Api;

/// <summary>HR extends the dictionary through the API, and resume screening uses the new synonym from its next import.</summary>
[Collection(ApiCollection.Name)]
public sealed class LexiconApiTests(ApiFactory api)
{
    private static (string, byte[]) Resume(string name, string phone, string email) => ($"{name}.txt", Encoding.UTF8.GetBytes($"""
        {name}
        手机：{phone}  邮箱：{email}
        教育背景
        2019.09 - 2023.06  上海财经大学  金融学  本科
        工作经历
        2023.07 - 2025.06  招商银行上海分行  综合柜员
        负责柜台服务，向客户推广 e-CNY 钱包，办理开户与转账业务。
        """));

    [Fact]
    public async Task A_synonym_added_by_HR_lets_a_resume_meet_a_must_have_from_the_next_import()
    {
        var jobId = await NewJobRequiringAsync("数字人民币");

        var before = await ResumeUploads.UploadAsync(api.Recruiter, jobId, Resume("钱多多", "13900001111", "duoduo.qian@example.cn"));
        Assert.True((bool)before["candidates"]![0]!["knockedOut"]!, "Without the synonym, e-CNY is not 数字人民币.");

        var added = await api.Recruiter.PostAsJsonAsync("/api/lexicon", new { synonyms = new[] { new { key = "数字人民币", terms = new[] { "e-CNY", "eCNY" } } } });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var lexicon = await api.Auditor.GetFromJsonAsync<JsonObject>("/api/lexicon");
        Assert.Contains(lexicon!["concepts"]!.AsArray(), c => (string)c!["key"]! == "数字人民币");

        var after = await ResumeUploads.UploadAsync(api.Recruiter, jobId, Resume("孙小美", "13900002222", "xiaomei.sun@example.cn"));
        Assert.False((bool)after["candidates"]![0]!["knockedOut"]!, "With the synonym, e-CNY meets the must-have 数字人民币.");
    }

    [Theory]
    [InlineData("""{}""", "words")]
    [InlineData("""{"words": ["  "]}""", "words[0]")]
    [InlineData("""{"synonyms": [{"key": "合规", "terms": ["a=b"]}]}""", "synonyms[0].terms[0]")]
    [InlineData("""{"synonyms": [{"key": "合规", "terms": []}]}""", "synonyms[0].terms")]
    public async Task Bad_additions_are_400_problems_naming_the_field(string json, string field)
    {
        var response = await api.Recruiter.PostAsync("/api/lexicon", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    private async Task<string> NewJobRequiringAsync(string mustHave)
    {
        var model = (await api.Recruiter.GetFromJsonAsync<JsonObject>("/api/job-templates/teller"))!;
        model["screening"]!["knockouts"] = new JsonArray(new JsonObject
        {
            ["key"] = "digital-rmb", ["labelZh"] = mustHave, ["labelEn"] = "Digital RMB", ["terms"] = new JsonArray(mustHave),
        });
        var id = "lexicon-" + Guid.NewGuid().ToString("N")[..10];
        var response = await api.Recruiter.PostAsJsonAsync("/api/jobs", new JsonObject { ["id"] = id, ["model"] = model });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }
}
