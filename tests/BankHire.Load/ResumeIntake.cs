using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BankHire.Corpus;

namespace BankHire.Load;

/// <summary>
/// Resume intake: upload N generated resumes for a fresh teller job (one ZIP, one request, as HR would), then read
/// the ranking, and print how long each step took. Arguments: url user password count.
/// </summary>
public static class ResumeIntake
{
    public static async Task RunAsync(string[] args)
    {
        var baseUrl = args.ElementAtOrDefault(0) ?? "http://localhost:5000";
        var user = args.ElementAtOrDefault(1) ?? "admin";
        var password = args.ElementAtOrDefault(2) ?? Environment.GetEnvironmentVariable("BANKHIRE_ADMIN_PASSWORD") ?? "";
        var count = int.Parse(args.ElementAtOrDefault(3) ?? "300");

        using var http = await Admin.SignInAsync(baseUrl, user, password);
        var jobId = "load-" + Guid.NewGuid().ToString("N")[..10];
        (await http.PostAsJsonAsync("/api/jobs", new { id = jobId, templateCode = "teller" })).EnsureSuccessStatusCode();

        var specs = CorpusBuilder.Build(count, seed: 7);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var spec in specs)
            {
                await using var entry = archive.CreateEntry(spec.FileName).Open();
                await entry.WriteAsync(CorpusFiles.Bytes(spec));
            }
        }
        Console.WriteLine($"{count} resumes ({specs.Count(s => s.Chinese)} zh) zipped: {zip.Length / 1024} KB");

        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(zip.ToArray());
        part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(part, "files", "batch.zip");
        var clock = Stopwatch.StartNew();
        var response = await http.PostAsync($"/api/jobs/{jobId}/resumes", form);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var imported = clock.Elapsed;
        response.EnsureSuccessStatusCode();
        var statuses = report["sources"]!.AsArray().GroupBy(s => (string)s!["status"]!).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"import + screening: {imported.TotalSeconds:0.0} s ({count / imported.TotalSeconds:0} resumes/s); {string.Join(", ", statuses)}");

        clock.Restart();
        var ranking = (await http.GetFromJsonAsync<JsonArray>($"/api/jobs/{jobId}/ranking?top=1000"))!;
        Console.WriteLine($"ranking of {ranking.Count}: {clock.Elapsed.TotalMilliseconds:0} ms; upload to ranked list {(imported + clock.Elapsed).TotalSeconds:0.0} s");
    }
}
