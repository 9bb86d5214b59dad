using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BankHire.Corpus;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>HR uploads resumes for a job: one result per source, people recognised across uploads, every candidate screened.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResumeImportApiTests(ApiFactory api)
{
    [Fact]
    public async Task Each_source_gets_a_result_and_a_corrupt_file_is_rejected_with_its_reason()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var teller = Resume(Archetype.BankTeller);
        var unrelated = Resume(Archetype.Unrelated, chinese: false);

        var report = await UploadAsync(api.Recruiter, job, File(teller), File(unrelated), ("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog")), ("empty.txt", []));

        Assert.Equal(4, report["sources"]!.AsArray().Count);
        Assert.Equal("Parsed", (string)Source(report, teller.FileName)["status"]!);
        Assert.Equal("Parsed", (string)Source(report, unrelated.FileName)["status"]!);
        Assert.Equal("Rejected", (string)Source(report, "broken.pdf")["status"]!);
        Assert.Equal("CorruptFile", (string)Source(report, "broken.pdf")["reason"]!);
        Assert.Equal("Empty", (string)Source(report, "empty.txt")["reason"]!);
        Assert.Null(Source(report, "broken.pdf")["candidateId"]);

        var created = report["candidates"]!.AsArray();
        Assert.Equal(2, created.Count);
        Assert.All(created, c => Assert.True((bool)c!["created"]!));
        var tellerId = (string)Source(report, teller.FileName)["candidateId"]!;
        var candidate = await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/candidates/{tellerId}");
        Assert.Equal("Screened", (string)candidate!["stage"]!);
        Assert.Equal(teller.Name, (string)candidate["application"]!["contact"]!["fullName"]!);
        Assert.Equal(job, (string)candidate["application"]!["jobId"]!);
    }

    [Fact]
    public async Task An_erased_candidate_leaves_the_jobs_resume_pool_and_the_others_stay_ranked()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var (teller, other) = (Resume(Archetype.BankTeller, chinese: false), Resume(Archetype.ServiceWorker, chinese: false));
        var report = await UploadAsync(api.Recruiter, job, File(teller), File(other));
        var (tellerId, otherId) = ((string)Source(report, teller.FileName)["candidateId"]!, (string)Source(report, other.FileName)["candidateId"]!);

        (await api.Admin.PostAsJsonAsync($"/api/candidates/{tellerId}/privacy/erase", new { reason = "asked to be forgotten" })).EnsureSuccessStatusCode();

        var ranking = await api.Recruiter.GetFromJsonAsync<JsonArray>($"/api/jobs/{job}/ranking?includeKnockedOut=true");
        Assert.Equal([otherId], ranking!.Select(r => (string)r!["candidateId"]!));
        // The same resume uploaded again is a new person: nothing of the erased one is left to merge it into.
        var again = await UploadAsync(api.Recruiter, job, File(teller));
        Assert.Equal("Parsed", (string)Source(again, teller.FileName)["status"]!);
        Assert.NotEqual(tellerId, (string)Source(again, teller.FileName)["candidateId"]!);
    }

    [Fact]
    public async Task The_same_person_in_a_later_upload_is_merged_into_the_earlier_candidate()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var teller = Resume(Archetype.BankTeller, chinese: false);
        var first = await UploadAsync(api.Recruiter, job, File(teller));
        var firstId = (string)Source(first, teller.FileName)["candidateId"]!;

        var again = (Name: "again-" + teller.Id + ".docx", Content: CorpusFiles.Bytes(teller, CorpusFormat.Docx));
        var second = await UploadAsync(api.Recruiter, job, again, File(Resume(Archetype.ServiceWorker, chinese: false)));

        var duplicate = Source(second, again.Name);
        Assert.Equal("Duplicate", (string)duplicate["status"]!);
        Assert.Equal(firstId, (string)duplicate["candidateId"]!);
        Assert.Equal(teller.FileName, (string)duplicate["mergedInto"]!);
        Assert.False((bool)second["candidates"]!.AsArray().Single(c => (string)c!["candidateId"]! == firstId)!["created"]!);

        var ranking = await api.Recruiter.GetFromJsonAsync<JsonArray>($"/api/jobs/{job}/ranking?includeKnockedOut=true");
        Assert.Equal(2, ranking!.Count);
        var screening = await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/candidates/{firstId}/screening");
        Assert.Equal([teller.FileName, again.Name], screening!["sources"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public async Task The_screening_is_readable_explained_in_both_languages_and_keeps_contact_details_out()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var teller = Resume(Archetype.BankTeller);
        var report = await UploadAsync(api.Recruiter, job, File(teller));
        var id = (string)Source(report, teller.FileName)["candidateId"]!;

        var response = await api.Auditor.GetAsync($"/api/candidates/{id}/screening");
        var text = await response.Content.ReadAsStringAsync();
        var screening = JsonNode.Parse(text)!.AsObject();

        Assert.Equal(1, (int)screening["rubricVersion"]!);
        Assert.InRange((double)screening["score"]!, 1, 100);
        Assert.Equal((double)report["candidates"]![0]!["score"]!, (double)screening["score"]!);
        var lines = screening["lines"]!.AsArray();
        Assert.Contains(lines, l => (string)l!["kind"]! == "Competency");
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace((string)l!["explanationZh"]!) || string.IsNullOrWhiteSpace((string)l!["explanationEn"]!)));
        Assert.Contains(lines, l => l!["evidence"]!.AsArray().Any(s => ((string)s!["snippet"]!).Length > 0));
        Assert.DoesNotContain(teller.Phone, text);
        Assert.DoesNotContain(teller.Email, text);
    }
}
