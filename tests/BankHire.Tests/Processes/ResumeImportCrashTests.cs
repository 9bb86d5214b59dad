using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Corpus;
using BankHire.Tests.Support;
using Xunit.Abstractions;

namespace BankHire.Tests.Processes;

/// <summary>
/// The app is SIGKILLed while it imports a large batch of resumes. After a restart and the job's next
/// import, nothing is half-imported: every candidate of the job has its screening and its ranking entry.
/// </summary>
public sealed class ResumeImportCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_crash_during_an_import_leaves_no_candidate_without_its_screening()
    {
        using var data = new TempDirectory();
        var ports = FreePorts.Take(3);
        var settings = new Dictionary<string, string>
        {
            ["BankHire__DataDirectory"] = data.Path,
            ["BankHire__SiloPort"] = ports[1].ToString(),
            ["BankHire__GatewayPort"] = ports[2].ToString(),
        };
        const string job = "crash-teller";

        await using (var first = WebApp.Start(ports[0], settings))
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            var http = await WebApp.SignInAsync(first);
            (await http.PostAsJsonAsync("/api/jobs", new { id = job, templateCode = "teller" })).EnsureSuccessStatusCode();

            var upload = http.PostAsync($"/api/jobs/{job}/resumes", Zip(CorpusBuilder.Build(400, seed: 11), "batch.zip"));
            // Pull the plug in the riskiest window: the batch is recorded and candidates are being written.
            var seen = 0;
            while (!upload.IsCompleted && seen == 0)
            {
                seen = (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}/candidates")).GetArrayLength();
            }
            await first.KillAsync();
            output.WriteLine(upload.IsCompletedSuccessfully ? "The import finished before the kill." : $"Killed while writing candidates ({seen} visible).");
        }

        await using var second = WebApp.Start(ports[0], settings);
        await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        var again = await WebApp.SignInAsync(second);
        var next = await again.PostAsync($"/api/jobs/{job}/resumes", Zip(CorpusBuilder.Build(3, seed: 12), "after.zip"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);

        var candidates = await again.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}/candidates");
        var ranking = await again.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}/ranking?includeKnockedOut=true&top=10000");
        var ranked = ranking.EnumerateArray().Select(r => r.GetProperty("candidateId").GetGuid()).ToHashSet();
        output.WriteLine($"{candidates.GetArrayLength()} candidates, {ranked.Count} ranked after the restart");
        foreach (var candidate in candidates.EnumerateArray())
        {
            var id = candidate.GetProperty("id").GetGuid();
            var screening = await again.GetAsync($"/api/candidates/{id}/screening");
            Assert.True(screening.StatusCode == HttpStatusCode.OK, $"Candidate {id} has no screening ({(int)screening.StatusCode}).");
            Assert.Contains(id, ranked);
        }
        Assert.Equal(candidates.GetArrayLength(), ranked.Count);
    }

    private static MultipartFormDataContent Zip(IEnumerable<ResumeSpec> specs, string name)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var spec in specs)
            {
                using var entry = archive.CreateEntry(spec.FileName).Open();
                entry.Write(CorpusFiles.Bytes(spec));
            }
        }
        var part = new ByteArrayContent(zip.ToArray());
        part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { part, "files", name } };
    }
}
