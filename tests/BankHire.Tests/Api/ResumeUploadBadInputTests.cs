using System.Net;
using System.Net.Http.Json;
using System.Text;
using BankHire.Web.Demo;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>Bad uploads and queries of the resume endpoints are 4xx ProblemDetails, never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResumeUploadBadInputTests(ApiFactory api)
{
    private const string Job = "teller-2027-campus";

    [Fact]
    public async Task A_form_without_files_is_a_400_naming_the_field()
    {
        var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };
        var problem = await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsync($"/api/jobs/{Job}/resumes", form), HttpStatusCode.BadRequest);
        Assert.Equal("files", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_json_body_is_a_415()
    {
        var response = await api.Recruiter.PostAsync($"/api/jobs/{Job}/resumes", new StringContent("{}", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_job_that_does_not_exist_is_a_404_for_upload_ranking_and_top_n()
    {
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsync("/api/jobs/no-such-job/resumes", Form(("a.txt", "张三"u8.ToArray()))), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync("/api/jobs/no-such-job/ranking"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsJsonAsync("/api/jobs/no-such-job/invitations/top", new { count = 1 }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_a_413_and_one_over_the_json_limit_is_accepted()
    {
        var oversized = Form(("big.txt", new byte[ResumeUploads.OverLimitBytes]));
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsync($"/api/jobs/{Job}/resumes", oversized), HttpStatusCode.RequestEntityTooLarge);

        var job = await NewTellerJobAsync(api.Recruiter);
        var text = Encoding.UTF8.GetBytes(new string('。', 600 * 1024));
        var report = await UploadAsync(api.Recruiter, job, ("long.txt", text));
        Assert.Single(report["sources"]!.AsArray());
    }

    [Theory]
    [InlineData("degree=Wizard", "degree")]
    [InlineData("minScore=150", "minScore")]
    [InlineData("top=0", "top")]
    public async Task A_bad_ranking_filter_is_a_400_naming_it(string query, string field)
    {
        var problem = await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/jobs/{Job}/ranking?{query}"), HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_top_n_count_out_of_range_is_a_400()
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/jobs/{Job}/invitations/top", new { count = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal("count", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_candidate_not_from_a_resume_has_no_screening_404()
    {
        var candidate = DemoBank.CandidateId(DemoBank.Candidates[0]);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/candidates/{candidate}/screening"), HttpStatusCode.NotFound);
    }
}
