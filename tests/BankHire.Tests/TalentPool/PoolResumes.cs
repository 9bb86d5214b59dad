using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BankHire.Tests.Api;

namespace BankHire.Tests.TalentPool;

/// <summary>Plain-text resumes of people no other test uses (unique phone and e-mail), uploaded to fresh jobs through the API.</summary>
public static class PoolResumes
{
    public static (string Name, byte[] Content) Teller(string name, params string[] skills)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var phone = "139" + string.Concat(tag.Select(c => (char)('0' + c % 10)));
        var text = $"""
            {name}
            手机：{phone}  邮箱：{tag}@example.edu.cn
            教育背景
            2019.09 - 2023.06  上海财经大学  金融学  本科
            工作经历
            2023.07 - 2025.06  中国工商银行上海分行  综合柜员
            负责柜台服务与客户服务，处理现金业务，耐心解答客户咨询，获评优质服务标兵。
            专业技能
            {string.Join("、", skills)}
            证书
            银行从业资格证书
            """;
        return ($"{name}.txt", Encoding.UTF8.GetBytes(text));
    }

    public static async Task<string> NewJobAsync(HttpClient client, string template)
    {
        var id = $"pool-{template}-{Guid.NewGuid():N}"[..30];
        (await client.PostAsJsonAsync("/api/jobs", new { id, templateCode = template })).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Uploads the resumes and returns each file's candidate id, in the order given.</summary>
    public static async Task<Guid[]> UploadAsync(HttpClient client, string jobId, params (string Name, byte[] Content)[] files)
    {
        var report = await ResumeUploads.UploadAsync(client, jobId, files);
        return [.. files.Select(f => Guid.Parse((string)ResumeUploads.Source(report, f.Name)["candidateId"]!))];
    }

    public static async Task<JsonObject> SearchAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/talent-pool?{query}"))!;

    public static JsonObject? Person(JsonObject page, Guid personId) =>
        page["people"]!.AsArray().Select(p => p!.AsObject()).SingleOrDefault(p => (Guid)p["personId"]! == personId);

    public static JsonObject Job(JsonObject person, Guid candidateId) =>
        person["jobs"]!.AsArray().Select(j => j!.AsObject()).Single(j => (Guid)j["candidateId"]! == candidateId);
}
