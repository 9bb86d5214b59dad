using System.Net.Http.Json;
using System.Text.Json;

namespace BankHire.Tests.Api;

/// <summary>The model card published in the product: every analyser, its source, checksum, accuracy and release, and per job what is used and allowed.</summary>
[Collection(ApiCollection.Name)]
public sealed class ModelCardApiTests(ApiFactory api)
{
    [Fact]
    public async Task The_card_lists_every_analyser_with_source_checksum_accuracy_and_whether_it_counts()
    {
        var card = await api.Auditor.GetFromJsonAsync<JsonElement>("/api/model-card");

        Assert.Contains("需人工复核", card.GetProperty("rule").GetString());
        var analysers = card.GetProperty("analysers").EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!);
        foreach (var key in new[] { "face-detection", "eye-contact", "smile", "voice", "speech-pocketsphinx", "speech-none-zh", "content", "resume-screening", "employee-face-check-in" })
            Assert.True(analysers.ContainsKey(key), $"the card lists {key}");
        Assert.Equal(64, analysers["face-detection"].GetProperty("sha256").GetString()!.Length);
        Assert.Equal(64, analysers["voice"].GetProperty("sha256").GetString()!.Length);
        Assert.Equal(64, analysers["employee-face-check-in"].GetProperty("sha256").GetString()!.Length);
        Assert.All(analysers.Values, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("measures").GetString())));

        // A measure below its bar is withheld with the figure; the built-in English engine carries its measured recall.
        var smile = analysers["smile"];
        if (smile.GetProperty("release").GetString() == "Withheld")
            Assert.Contains("%", smile.GetProperty("releaseNote").GetString());
        Assert.Contains(analysers["speech-pocketsphinx"].GetProperty("accuracy").EnumerateArray(),
            f => f.GetProperty("measure").GetString() == "expected-point recall" && f.GetProperty("value").GetDouble() >= 0.8);
        Assert.Equal("Withheld", analysers["speech-none-zh"].GetProperty("release").GetString());
    }

    [Fact]
    public async Task For_a_job_the_card_says_which_analysers_its_rubric_uses_and_its_policy_allows()
    {
        var card = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/jobs/{LiveCandidate.Job}/model-card");

        var use = card.GetProperty("use").EnumerateArray().ToDictionary(u => u.GetProperty("key").GetString()!);
        Assert.True(use["eye-contact"].GetProperty("usedByRubric").GetBoolean());
        Assert.Equal(card.GetProperty("facialIndicatorsAllowed").GetBoolean(), use["eye-contact"].GetProperty("allowedByPolicy").GetBoolean());
        Assert.True(use["content"].GetProperty("usedByRubric").GetBoolean());
        Assert.True(use["voice"].GetProperty("allowedByPolicy").GetBoolean());

        var missing = await api.Recruiter.GetAsync("/api/jobs/no-such-job/model-card");
        await ProblemAssert.IsProblemAsync(missing, System.Net.HttpStatusCode.NotFound);
    }
}
