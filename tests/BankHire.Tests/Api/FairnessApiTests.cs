using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Fairness;
using BankHire.Scoring;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>Voluntary self-identification kept apart from scoring, and the bias audit built on it.</summary>
[Collection(ApiCollection.Name)]
public sealed class FairnessApiTests(ApiFactory api)
{
    private const string Job = LiveCandidate.Job;

    [Fact]
    public async Task Self_identification_needs_its_own_consent_and_known_answers_and_can_be_withdrawn()
    {
        var live = await LiveCandidate.InvitedAsync(api);

        var noConsent = await ProblemAssert.IsProblemAsync(await Put(live, new { consent = false, sex = "female", ageBand = "25-34", ethnicity = "han" }), HttpStatusCode.BadRequest);
        Assert.Equal("consent", noConsent.GetProperty("field").GetString());
        var unknown = await ProblemAssert.IsProblemAsync(await Put(live, new { consent = true, sex = "f", ageBand = "25-34", ethnicity = "han" }), HttpStatusCode.BadRequest);
        Assert.Equal("sex", unknown.GetProperty("field").GetString());

        var given = await LiveCandidate.OkAsync(await Put(live, new { consent = true, sex = "female", ageBand = "25-34", ethnicity = "preferNotToSay" }));
        Assert.Equal("female", given.GetProperty("sex").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await live.SendAsync(HttpMethod.Delete, "/api/candidate/self-identification")).StatusCode);
        Assert.Null(await Grains.GetGrain<ISelfIdentificationGrain>(live.CandidateId).GetAsync());
    }

    [Fact]
    public async Task The_AI_score_is_the_same_with_and_without_self_identification()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync(keepRecording: true);
        foreach (var q in live.QuestionIds) await live.AnswerTypedAsync(q, "I would listen, apologise, verify the customer's identity and explain the rules politely.");
        await live.PostOkAsync("/complete");
        var report = await Eventually.ReturnsAsync(() => Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).GetAsync().AsTask(),
            r => r is not null, TimeSpan.FromSeconds(180), "the report");

        await LiveCandidate.OkAsync(await Put(live, new { consent = true, sex = "nonBinary", ageBand = "45-54", ethnicity = "ethnicMinority" }));
        var again = await Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).RescoreFromStoreAsync();

        Assert.Equal(report!.Json, again.Json);
    }

    [Fact]
    public async Task The_bias_audit_gives_rates_impact_ratios_and_flags_per_category_as_JSON_and_CSV()
    {
        // Six women and six men apply; HR invites five men and two women: 2/6 ÷ 5/6 = 0.4, under four-fifths.
        foreach (var (sex, invited) in new[] { ("female", 2), ("male", 5) })
            for (var i = 0; i < 6; i++)
            {
                var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = $"候选人{sex}{i}", jobId = Job });
                var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                await Grains.GetGrain<ISelfIdentificationGrain>(id).GiveAsync(sex, "25-34", "han");
                if (i < invited) Assert.Equal(HttpStatusCode.Created, (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{id}/interviews", new { expiresInDays = 3 })).StatusCode);
            }

        var audit = await api.Auditor.GetFromJsonAsync<JsonElement>($"/api/jobs/{Job}/adverse-impact");

        var invitedBySex = audit.GetProperty("sections").EnumerateArray()
            .Single(s => s.GetProperty("measure").GetString() == "selection:invited" && s.GetProperty("attribute").GetString() == "sex")
            .GetProperty("report").GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("category").GetString()!);
        Assert.True(invitedBySex["female"].GetProperty("people").GetInt32() >= 6);
        var ratio = invitedBySex["female"].GetProperty("impactRatio").GetDouble();
        Assert.InRange(ratio, 0.39, 0.41);
        Assert.True(invitedBySex["female"].GetProperty("belowFourFifths").GetBoolean());
        Assert.Contains("unstable", invitedBySex["female"].GetProperty("warning").GetString());
        Assert.True(audit.GetProperty("unknownCategory").GetProperty("sex").GetInt32() > 0); // the demo and other tests' candidates
        Assert.True(audit.GetProperty("peopleAssessed").GetInt32() >= 12);

        var csv = await api.Auditor.GetStringAsync($"/api/jobs/{Job}/adverse-impact?format=csv");
        Assert.StartsWith("measure,attribute,category,people,counted,rate,impactRatio,belowFourFifths,warning", csv);
        Assert.Contains("selection:invited,sex,female,", csv);
        await ProblemAssert.IsProblemAsync(await api.Auditor.GetAsync($"/api/jobs/{Job}/adverse-impact?format=xml"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await api.Auditor.GetAsync("/api/jobs/no-such-job/adverse-impact"), HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> Put(LiveCandidate live, object body) =>
        live.SendAsync(HttpMethod.Put, "/api/candidate/self-identification", JsonContent.Create(body));

    private IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();
}
