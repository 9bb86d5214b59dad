using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BankHire.Corpus;

namespace BankHire.Tests.Api;

/// <summary>Fresh teller jobs and multipart uploads of corpus resumes made at test time.</summary>
public static class ResumeUploads
{
    /// <summary>One byte more than a resume upload may carry.</summary>
    public const int OverLimitBytes = (int)BankHire.Web.Resumes.ResumeEndpoints.MaxUploadBytes + 1;

    private static readonly List<ResumeSpec> Corpus = CorpusBuilder.Build();

    /// <summary>The first corpus resume of the archetype, in Chinese or English.</summary>
    public static ResumeSpec Resume(Archetype archetype, bool chinese = true) => Corpus.First(s => s.Archetype == archetype && s.Chinese == chinese);

    public static (string Name, byte[] Content) File(ResumeSpec spec) => (spec.FileName, CorpusFiles.Bytes(spec));

    public static async Task<string> NewTellerJobAsync(HttpClient client)
    {
        var id = "resumes-" + Guid.NewGuid().ToString("N")[..12];
        var response = await client.PostAsJsonAsync("/api/jobs", new { id, templateCode = "teller" });
        response.EnsureSuccessStatusCode();
        return id;
    }

    public static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    public static async Task<JsonObject> UploadAsync(HttpClient client, string jobId, params (string Name, byte[] Content)[] files)
    {
        var response = await client.PostAsync($"/api/jobs/{jobId}/resumes", Form(files));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Upload failed with {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static JsonObject Source(JsonObject report, string name) =>
        report["sources"]!.AsArray().Single(s => (string)s!["source"]! == name)!.AsObject();
}
