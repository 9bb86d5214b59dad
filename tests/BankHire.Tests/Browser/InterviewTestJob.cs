using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BankHire.Tests.Browser;

/// <summary>A candidate's invitation as HR gets it from POST /api/candidates/{id}/interviews.</summary>
public sealed record Invitation(Guid InterviewId, Guid CandidateId, string Token, string Link);

/// <summary>
/// A short job HR creates through the API for the browser tests: the client-manager template cut to its practice
/// question (10 s) and the compliance question (1 s to think, <see cref="AnswerSeconds"/> to answer, expected points
/// with English terms), face presence among the communication indicators, feedback released automatically.
/// </summary>
public static class InterviewTestJob
{
    public const int AnswerSeconds = 14;
    public const string ScoredQuestionId = "client-manager-q2";
    public const string PracticeQuestionId = "client-manager-q0";
    public const string TitleZh = "客户经理（视频面试测试）";
    public const string TitleEn = "Client manager (video interview test)";

    /// <summary>Creates the job; returns its id.</summary>
    public static async Task<string> CreateAsync(HttpClient hr, bool facialIndicatorsAllowed = true, int retakes = 0, JsonObject? interviewWindow = null,
        int answerSeconds = AnswerSeconds)
    {
        var model = (await hr.GetFromJsonAsync<JsonObject>("/api/job-templates/client-manager"))!;
        var questions = model["questions"]!.AsArray();
        var practice = questions.Single(q => q!["id"]!.GetValue<string>() == PracticeQuestionId)!.DeepClone();
        var scored = questions.Single(q => q!["id"]!.GetValue<string>() == ScoredQuestionId)!.DeepClone();
        practice["thinkSeconds"] = 1;
        // Long enough that a test finishing it early at 0:02 is not overtaken by its own clock on a loaded machine.
        practice["answerSeconds"] = 10;
        practice["retakes"] = 1;
        scored["thinkSeconds"] = 1;
        scored["answerSeconds"] = answerSeconds;
        scored["retakes"] = retakes;
        model["questions"] = new JsonArray(practice, scored);
        model["questionOrder"] = "Fixed";
        model["policy"]!["facialIndicatorsAllowed"] = facialIndicatorsAllowed;
        // The report carries the features its rubric reads: face presence is read too, so the test can see it.
        var communication = model["competencies"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == "communication")!;
        communication["indicators"]!.AsArray().Add(new JsonObject
        {
            ["feature"] = "face_presence_ratio", ["direction"] = "AtLeast", ["target"] = 0.8, ["weight"] = 0.1, ["tolerance"] = 0.5,
        });
        model["policy"]!["releaseFeedbackAutomatically"] = true;
        if (interviewWindow is not null) model["policy"]!["interviewWindow"] = interviewWindow;

        var id = $"browser-interview-{Guid.NewGuid():N}"[..30];
        var response = await hr.PostAsJsonAsync("/api/jobs", new JsonObject
        {
            ["id"] = id,
            ["model"] = model,
            ["titleZh"] = TitleZh,
            ["titleEn"] = TitleEn,
            ["branchCode"] = "SH-LJZ",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating the job: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return id;
    }

    /// <summary>Registers a candidate for the job and invites them; the link opens the candidate's pages.</summary>
    public static async Task<Invitation> InviteAsync(HttpClient hr, string jobId, string name = "Test Candidate")
    {
        var created = await hr.PostAsJsonAsync("/api/candidates", new
        {
            fullName = name,
            jobId,
            email = $"candidate-{Guid.NewGuid():N}@example.com",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"registering the candidate: {created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var candidateId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);

        var invited = await hr.PostAsJsonAsync($"/api/candidates/{candidateId}/interviews", new { expiresInDays = 3 });
        Assert.True(invited.StatusCode == HttpStatusCode.Created, $"inviting: {invited.StatusCode} {await invited.Content.ReadAsStringAsync()}");
        var body = await invited.Content.ReadFromJsonAsync<JsonElement>();
        return new Invitation(body.GetProperty("interviewId").GetGuid(), candidateId,
            body.GetProperty("token").GetString()!, body.GetProperty("link").GetString()!);
    }

    /// <summary>Every numeric value of the feature(s) named <paramref name="name"/> (or name@scope) anywhere in a report.</summary>
    public static IReadOnlyList<double> FeatureValues(JsonElement report, string name)
    {
        var found = new List<double>();
        Walk(report);
        return found;

        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (Property(e, "name") is { ValueKind: JsonValueKind.String } n
                    && (n.GetString() == name || n.GetString()!.StartsWith(name + "@", StringComparison.Ordinal))
                    && Property(e, "value") is { ValueKind: JsonValueKind.Number } v)
                    found.Add(v.GetDouble());
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray()) Walk(item);
            }
        }
    }

    private static JsonElement? Property(JsonElement e, string name)
    {
        foreach (var p in e.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }
}
