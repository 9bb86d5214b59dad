using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;

namespace BankHire.Tests.Compliance;

/// <summary>Need-to-know on real answers: HR reads the composite scores without the expression-level measurements;
/// an interviewer reads a candidate only once assigned to them, and then without their contact details.</summary>
[Collection(ApiCollection.Name)]
public sealed class NeedToKnowApiTests(ApiFactory api)
{
    private static readonly string[] FaceCues = ["face_presence_ratio", "eye_contact_ratio", "smile_ratio", "eyes_closed_ratio", "extra_face_ratio"];

    [Fact]
    public async Task HR_reads_the_composite_scores_without_expression_data_and_an_interviewer_only_their_assigned_candidates()
    {
        var (live, _) = await AnswerEvidenceApiTests.CompletedAsync(api, keepRecording: true, content: true);
        var reportPath = $"/api/interviews/{live.InterviewId}/report";

        var full = await api.Admin.GetStringAsync(reportPath);
        Assert.Contains(FaceCues, cue => full.Contains('"' + cue + '"'));

        var forRecruiter = await api.Recruiter.GetAsync(reportPath);
        forRecruiter.EnsureSuccessStatusCode();
        Assert.Equal("expression", Assert.Single(forRecruiter.Headers.GetValues("X-Redacted")));
        var redacted = await forRecruiter.Content.ReadAsStringAsync();
        Assert.All(FaceCues, cue => Assert.DoesNotContain('"' + cue + '"', redacted));
        Assert.DoesNotContain("微笑", redacted);
        Assert.DoesNotContain("pitch", redacted);
        // The composite stays: the same overall score and competency scores.
        var a = JsonDocument.Parse(full).RootElement.GetProperty("report");
        var r = JsonDocument.Parse(redacted).RootElement.GetProperty("report");
        Assert.Equal(a.GetProperty("overallScore").ToString(), r.GetProperty("overallScore").ToString());
        Assert.Equal(a.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("score").ToString()),
            r.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("score").ToString()));
        var profile = await api.Recruiter.GetStringAsync($"/api/candidates/{live.CandidateId}/profile");
        Assert.All(FaceCues, cue => Assert.DoesNotContain(cue, profile));

        // Not assigned: no profile, report, interview or frames for the interviewer.
        foreach (var path in new[] { $"/api/candidates/{live.CandidateId}/profile", reportPath, $"/api/interviews/{live.InterviewId}", $"/api/candidates/{live.CandidateId}" })
        {
            var refused = await ProblemAssert.IsProblemAsync(await api.Interviewer.GetAsync(path), HttpStatusCode.Forbidden);
            Assert.Equal("access.not-assigned", refused.GetProperty("code").GetString());
        }
        // A job's list of candidates holds only those assigned to them: not this one yet.
        var before = await api.Interviewer.GetFromJsonAsync<JsonElement>($"/api/jobs/{LiveCandidate.Job}/candidates");
        Assert.DoesNotContain(before.EnumerateArray(), c => c.GetProperty("id").GetGuid() == live.CandidateId);

        (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{live.CandidateId}/second-round", new { interviewers = new[] { "interviewer" } })).EnsureSuccessStatusCode();
        var after = await api.Interviewer.GetFromJsonAsync<JsonElement>($"/api/jobs/{LiveCandidate.Job}/candidates");
        Assert.Contains(after.EnumerateArray(), c => c.GetProperty("id").GetGuid() == live.CandidateId);
        Assert.All(after.EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("application").GetProperty("contact").GetProperty("email").ValueKind));
        var assigned = await api.Interviewer.GetStringAsync(reportPath);
        Assert.Contains(FaceCues, cue => assigned.Contains('"' + cue + '"'));
        var candidate = await api.Interviewer.GetFromJsonAsync<JsonElement>($"/api/candidates/{live.CandidateId}");
        var contact = candidate.GetProperty("application").GetProperty("contact");
        Assert.False(string.IsNullOrEmpty(contact.GetProperty("fullName").GetString()));
        Assert.Equal(JsonValueKind.Null, contact.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, contact.GetProperty("phone").ValueKind);
    }
}
