using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BankHire.Web.Demo;

namespace BankHire.Tests.Api;

/// <summary>Inputs that used to reach a 500 (an attacker's first tries): each is a 400 ProblemDetails, answered in one place.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputTests(ApiFactory api)
{
    private const string Job = "teller-2027-campus";
    private static readonly Guid Candidate = DemoBank.CandidateId(DemoBank.Candidates[0]);

    [Fact]
    public async Task An_unknown_charset_is_a_400_for_anonymous_and_signed_in_callers()
    {
        var login = await api.NewClient().PostAsync("/api/auth/login", Json("""{"userName":"admin","password":"x"}""", "application/json; charset=ebcdic"));
        var problem = await ProblemAssert.IsProblemAsync(login, HttpStatusCode.BadRequest);
        Assert.Equal("Content-Type", problem.GetProperty("field").GetString());
        await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsync("/api/candidates", Json("""{"fullName":"x","jobId":"teller-2027-campus"}""", "application/json; charset=ebcdic")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_null_item_in_scorecard_ratings_is_a_400()
    {
        var response = await api.Recruiter.PutAsync($"/api/candidates/{Candidate}/second-round/scorecard", Json("""{"ratings":[null],"verdict":"Reject"}"""));
        Assert.Contains("null", ProblemAssert.Detail(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("competencies")]
    [InlineData("questions")]
    public async Task A_null_item_in_a_competency_model_is_a_400(string array)
    {
        var model = JsonNode.Parse(await api.Recruiter.GetStringAsync($"/api/jobs/{Job}/versions/1"))!.AsObject();
        var key = model.Select(p => p.Key).First(k => k.Equals(array, StringComparison.OrdinalIgnoreCase));
        model[key] = new JsonArray((JsonNode?)null);
        var response = await api.Recruiter.PutAsync($"/api/jobs/{Job}/model", Json(new JsonObject { ["model"] = model }.ToJsonString()));
        Assert.Contains("null", ProblemAssert.Detail(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("\"99\"")]
    [InlineData("-1")]
    public async Task An_out_of_range_enum_in_a_template_preview_is_a_400(string kind)
    {
        var response = await api.Recruiter.PostAsync($"/api/jobs/{Job}/invitation-templates/preview", Json($$"""{"kind":{{kind}},"language":"en"}"""));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_multipart_body_with_a_wrong_boundary_is_a_400()
    {
        var content = new StringContent("--other\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nhello\r\n--other--\r\n", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=expected");
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsync($"/api/jobs/{Job}/resumes", content), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/dashboard/SiloStats/x")]
    [InlineData("/dashboard/SiloProperties/x")]
    [InlineData("/dashboard/SiloMetadata/not-an-address")]
    [InlineData("/dashboard/HistoricalStats/x")]
    public async Task A_dashboard_silo_route_with_a_bad_address_is_a_400(string path)
    {
        await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync(path), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/dashboard/SiloCounters/127.0.0.1%3A1%401")]
    [InlineData("/dashboard/HistoricalStats/127.0.0.1%3A1%401")]
    public async Task A_dashboard_silo_route_for_a_silo_not_in_the_cluster_is_a_404_not_a_wait_and_a_503(string path)
    {
        await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/jobs/%20")]
    [InlineData("/api/jobs/%20/agreement")]
    [InlineData("/api/jobs/%20/model-card")]
    [InlineData("/api/jobs/Not%20A%20Job/ranking")]
    public async Task A_job_id_that_cannot_be_one_is_a_400_on_every_job_route(string path)
    {
        var problem = await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync(path), HttpStatusCode.BadRequest);
        Assert.Equal("jobId", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_200000_character_text_in_a_competency_model_is_a_400_naming_where_it_is()
    {
        var job = await api.Recruiter.GetStringAsync($"/api/jobs/{Job}/versions/1");
        var model = System.Text.Json.Nodes.JsonNode.Parse(job)!.AsObject();
        model["competencies"]![0]!["nameZh"] = new string('x', 200_000);
        var revision = new System.Text.Json.Nodes.JsonObject { ["model"] = model.DeepClone(), ["changeNote"] = "fuzz" };
        var problem = await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsync($"/api/jobs/{Job}/model", Json(revision.ToJsonString())), HttpStatusCode.BadRequest);
        Assert.Equal("model.competencies[0].nameZh", problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("templateCode")]
    [InlineData("branchCode")]
    [InlineData("titleZh")]
    public async Task A_200000_character_posting_field_is_a_400_naming_it(string field)
    {
        var posting = new System.Text.Json.Nodes.JsonObject
        {
            ["titleZh"] = "柜员", ["titleEn"] = "Teller", ["templateCode"] = "teller", ["branchCode"] = null, ["openings"] = 3, ["status"] = "Open",
        };
        posting[field] = new string('x', 200_000);
        var problem = await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsync($"/api/jobs/{Job}/posting", Json(posting.ToJsonString())), HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    private static StringContent Json(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
