using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BankHire.Corpus;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>The top-N action invites the best candidates not yet invited, each to an interview with its question order.</summary>
[Collection(ApiCollection.Name)]
public sealed class TopInvitationsApiTests(ApiFactory api)
{
    [Fact]
    public async Task Top_n_invites_the_best_and_a_second_call_does_not_invite_them_again()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        await UploadAsync(api.Recruiter, job,
            File(Resume(Archetype.BankTeller)), File(Resume(Archetype.FinanceGraduate)), File(Resume(Archetype.BankTeller, chinese: false)));
        var ranking = (await api.Recruiter.GetFromJsonAsync<JsonArray>($"/api/jobs/{job}/ranking"))!;
        Assert.True(ranking.Count >= 3, $"three candidates meet the must-haves: {ranking.ToJsonString()}");

        var first = await InviteTopAsync(job, 2);
        var firstInvited = first["invited"]!.AsArray();
        Assert.Equal(2, firstInvited.Count);
        Assert.Equal(ranking.Take(2).Select(r => (string)r!["candidateId"]!), firstInvited.Select(i => (string)i!["candidateId"]!));

        var second = await InviteTopAsync(job, 2);
        var secondInvited = second["invited"]!.AsArray();
        Assert.Equal([(string)ranking[2]!["candidateId"]!], secondInvited.Select(i => (string)i!["candidateId"]!));
        Assert.Equal(2, (int)second["alreadyInvited"]!);

        foreach (var invited in firstInvited.Concat(secondInvited))
        {
            var candidate = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/candidates/{(string)invited!["candidateId"]!}"))!;
            Assert.Equal("Invited", (string)candidate["stage"]!);
            Assert.Single(candidate["interviewIds"]!.AsArray());
            var interview = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/interviews/{(string)invited["invitation"]!["interviewId"]!}"))!;
            Assert.NotEmpty(interview["invitation"]!["questionIds"]!.AsArray());
        }
    }

    [Fact]
    public async Task Two_top_n_actions_at_once_invite_each_candidate_once()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        await UploadAsync(api.Recruiter, job,
            File(Resume(Archetype.BankTeller)), File(Resume(Archetype.FinanceGraduate)), File(Resume(Archetype.BankTeller, chinese: false)));

        var both = await Task.WhenAll(InviteTopAsync(job, 3), InviteTopAsync(job, 3));

        var invited = both.SelectMany(r => r["invited"]!.AsArray()).Select(i => (string)i!["candidateId"]!).ToList();
        Assert.Equal(invited.Count, invited.Distinct().Count());
        foreach (var id in invited)
        {
            var candidate = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/candidates/{id}"))!;
            Assert.Single(candidate["interviewIds"]!.AsArray());
        }
    }

    private async Task<JsonObject> InviteTopAsync(string job, int count)
    {
        var response = await api.Recruiter.PostAsJsonAsync($"/api/jobs/{job}/invitations/top", new { count, expiresInDays = 7 });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
