using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BankHire.Tests.Api;

/// <summary>A competency model sent to the API is validated before any version is stored.</summary>
[Collection(ApiCollection.Name)]
public sealed class CompetencyModelApiTests(ApiFactory api)
{
    private const string Job = "risk-analyst-2027-campus";

    [Fact]
    public async Task A_threshold_out_of_range_is_a_400_naming_the_field_and_stores_no_version()
    {
        var before = await VersionCountAsync();
        var model = await TemplateAsync("risk-analyst");
        model["competencies"]![0]!["passThreshold"] = 150;

        var response = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{Job}/model", new JsonObject { ["model"] = model });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("model.competencies[0].passThreshold", problem.GetProperty("field").GetString());
        Assert.Equal(before, await VersionCountAsync());
    }

    [Fact]
    public async Task An_unknown_feature_is_a_400_naming_the_indicator()
    {
        var model = await TemplateAsync("risk-analyst");
        model["competencies"]![1]!["indicators"]![0]!["feature"] = "horoscope_sign";

        var response = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{Job}/model", new JsonObject { ["model"] = model });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.StartsWith("model.competencies[1].indicators[0]", problem.GetProperty("field").GetString());
        Assert.Contains("horoscope_sign", ProblemAssert.Detail(problem));
    }

    [Fact]
    public async Task Weights_that_do_not_sum_to_one_are_normalised_and_said_so()
    {
        var model = await TemplateAsync("risk-analyst");
        foreach (var competency in model["competencies"]!.AsArray()) competency!["weight"] = 2;

        var response = await api.Recruiter.PutAsJsonAsync($"/api/jobs/{Job}/model", new JsonObject { ["model"] = model, ["changeNote"] = "equal weights" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("normalised", job!.ToJsonString());
    }

    private async Task<JsonObject> TemplateAsync(string code) =>
        (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/job-templates/{code}"))!;

    private async Task<int> VersionCountAsync() =>
        (await api.Recruiter.GetFromJsonAsync<JsonArray>($"/api/jobs/{Job}/versions"))!.Count;
}
