using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BankHire.Tests.Api;

/// <summary>The job decides per question whether a typed answer may stand in for the spoken one.</summary>
[Collection(ApiCollection.Name)]
public sealed class TypedAnswerPolicyTests(ApiFactory api)
{
    [Fact]
    public async Task A_question_answered_by_speaking_refuses_a_typed_answer_and_the_page_is_told()
    {
        var model = (await api.Recruiter.GetFromJsonAsync<JsonObject>("/api/job-templates/teller"))!;
        foreach (var question in model["questions"]!.AsArray()) question!["typingAllowed"] = question["practice"]!.GetValue<bool>();
        var jobId = $"teller-spoken-{Guid.NewGuid():N}"[..24];
        var created = await api.Recruiter.PostAsJsonAsync("/api/jobs", new { id = jobId, model });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var live = await LiveCandidate.InvitedAsync(api, jobId);
        await live.StartedAsync();
        var questions = (await live.ViewAsync()).GetProperty("questions").EnumerateArray().ToList();
        Assert.True(questions[0].GetProperty("typingAllowed").GetBoolean()); // the practice question
        Assert.All(questions.Skip(1), q => Assert.False(q.GetProperty("typingAllowed").GetBoolean()));

        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello.");
        var spoken = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{spoken}/begin");
        var refused = await ProblemAssert.IsProblemAsync(
            await live.PostAsync($"/questions/{spoken}/finish", new { attempt = 0, frameCount = 0, audioCount = 0, typedAnswer = "核实身份 耐心解释" }),
            HttpStatusCode.BadRequest);
        Assert.Equal("typedAnswer", refused.GetProperty("field").GetString());

        // Spoken, it goes through.
        var audio = Support.InterviewTestMedia.Seconds(Support.InterviewTestMedia.EnglishSpeech(3).Pcm);
        for (var seq = 0; seq < audio.Count; seq++) await live.PutChunkOkAsync(spoken, "audio", seq, audio[seq]);
        var finished = await live.PostOkAsync($"/questions/{spoken}/finish", new { attempt = 0, frameCount = 0, audioCount = audio.Count });
        Assert.Equal("Answered", finished.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == spoken).GetProperty("state").GetString());
    }
}
