using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>The candidate's data rights from the status page, and HR's view of them.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidatePrivacyApiTests(ApiFactory api)
{
    [Fact]
    public async Task A_candidate_downloads_everything_held_about_them_and_the_export_is_recorded_for_HR()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello, I am Li Lei.");

        var response = await live.SendAsync(HttpMethod.Get, "/api/candidate/privacy/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("李雷", export.GetProperty("candidate").GetProperty("application").GetProperty("contact").GetProperty("fullName").GetString());
        var interview = Assert.Single(export.GetProperty("interviews").EnumerateArray());
        Assert.Contains(interview.GetProperty("questions").EnumerateArray(), q => q.GetProperty("typedAnswer").GetString() == "Hello, I am Li Lei.");
        Assert.Equal("Interviewing", export.GetProperty("candidate").GetProperty("stage").GetString());

        var hr = await api.Auditor.GetFromJsonAsync<JsonElement>($"/api/candidates/{live.CandidateId}/privacy");
        Assert.Equal("candidate", Assert.Single(hr.GetProperty("exports").EnumerateArray()).GetProperty("by").GetString());
    }

    [Fact]
    public async Task A_deletion_request_from_the_status_page_is_listed_for_HR_with_its_deadline_and_an_admin_erasure_removes_the_media()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello.");
        var question = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{question}/begin");
        await live.PutChunkOkAsync(question, "frame", 0, InterviewTestMedia.FaceJpeg);

        var requested = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/privacy/deletion-request"));
        var deadline = requested.GetProperty("deletion").GetProperty("deadlineAt").GetDateTimeOffset();
        Assert.InRange(deadline - requested.GetProperty("deletion").GetProperty("requestedAt").GetDateTimeOffset(), TimeSpan.FromDays(30), TimeSpan.FromDays(30));

        var listed = await api.Recruiter.GetFromJsonAsync<JsonElement>("/api/privacy/deletion-requests");
        var mine = Assert.Single(listed.EnumerateArray(), r => r.GetProperty("candidateId").GetGuid() == live.CandidateId);
        Assert.False(mine.GetProperty("overdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("request").GetProperty("processedAt").ValueKind);

        await ProblemAssert.IsProblemAsync(await api.Admin.PostAsJsonAsync($"/api/candidates/{live.CandidateId}/privacy/erase", new { reason = " " }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await api.Admin.PostAsJsonAsync($"/api/candidates/{Guid.NewGuid()}/privacy/erase", new { reason = "request" }), HttpStatusCode.NotFound);
        var erased = await api.Admin.PostAsJsonAsync($"/api/candidates/{live.CandidateId}/privacy/erase", new { reason = "the candidate's request, done at once" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);

        Assert.Empty(await api.Services.GetRequiredService<ChunkStore>().ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame)));
        var candidate = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{live.CandidateId}");
        Assert.DoesNotContain("李雷", candidate.ToString());
    }
}
