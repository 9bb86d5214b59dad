using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Tests.Support;
using UglyToad.PdfPig;

namespace BankHire.Tests.Reports;

/// <summary>GET /api/candidates/{id}/report.pdf through the real app, read back with PdfPig.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateReportPdfApiTests(ApiFactory api)
{
    [Fact]
    public async Task The_pdf_of_a_scored_interview_names_the_candidate_and_each_competency_with_its_score()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        foreach (var question in live.QuestionIds) await live.AnswerTypedAsync(question, "我会先向客户致歉，耐心解释规定，再帮助客户办理业务。");
        await live.PostOkAsync("/complete");
        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), TimeSpan.FromSeconds(90), "the report");

        var response = await api.Auditor.GetAsync($"/api/candidates/{live.CandidateId}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Directory.CreateDirectory(RepositoryRoot.Combine("TestResults"));
        await File.WriteAllBytesAsync(RepositoryRoot.Combine("TestResults", "candidate-report.pdf"), pdf);

        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        var compact = text.Replace(" ", "");
        Assert.Contains("李雷", text);
        Assert.Contains(LiveCandidate.Job, text);
        var report = JsonDocument.Parse(await api.Admin.GetStringAsync($"/api/interviews/{live.InterviewId}/report")).RootElement.GetProperty("report");
        Assert.Contains($"v{report.GetProperty("rubricVersion").GetInt32()}", text);
        var scored = report.GetProperty("competencies").EnumerateArray().Where(c => c.GetProperty("score").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(scored);
        foreach (var competency in scored)
        {
            Assert.Contains(competency.GetProperty("nameZh").GetString()!, text);
            var score = competency.GetProperty("score").GetDouble().ToString("0.#", CultureInfo.InvariantCulture);
            Assert.Contains(competency.GetProperty("nameZh").GetString() + competency.GetProperty("nameEn").GetString()!.Replace(" ", "") + score, compact);
        }
    }

    [Fact]
    public async Task An_unknown_candidate_is_404_and_one_without_a_report_is_409_saying_why()
    {
        var unknown = await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/candidates/{Guid.NewGuid()}/report.pdf"), HttpStatusCode.NotFound);
        Assert.Equal("id", unknown.GetProperty("field").GetString());

        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "张三", jobId = LiveCandidate.Job });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var none = await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/candidates/{id}/report.pdf"), HttpStatusCode.Conflict);
        Assert.Contains("no AI interview report", ProblemAssert.Detail(none));
    }
}
