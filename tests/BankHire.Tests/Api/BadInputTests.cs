using System.Net;
using static BankHire.Tests.Api.Endpoints;

namespace BankHire.Tests.Api;

/// <summary>Every endpoint that takes a body refuses bad ones with a 4xx ProblemDetails, never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFactory api)
{
    public static TheoryData<Endpoint> WithBody => Where(e => e.TakesBody);

    [Theory, MemberData(nameof(WithBody))]
    public async Task Malformed_json_is_a_400_problem(Endpoint endpoint)
    {
        var problem = await ProblemAssert.IsProblemAsync(await api.Admin.SendAsync(Request(endpoint, """{"a": """)), HttpStatusCode.BadRequest);
        Assert.Contains("JSON", ProblemAssert.Detail(problem), StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(WithBody))]
    public async Task A_body_of_the_wrong_type_is_a_400_problem(Endpoint endpoint)
    {
        await ProblemAssert.IsProblemAsync(await api.Admin.SendAsync(Request(endpoint, "[1, 2, 3]")), HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(WithBody))]
    public async Task An_unknown_field_is_a_400_problem_naming_it(Endpoint endpoint)
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await api.Admin.SendAsync(Request(endpoint, """{"surpriseField": 1}""")), HttpStatusCode.BadRequest);
        Assert.Contains("surpriseField", problem.ToString());
    }

    [Theory, MemberData(nameof(WithBody))]
    public async Task An_oversized_body_is_a_413_problem(Endpoint endpoint)
    {
        var huge = $$"""{"fullName": "{{new string('x', 2 * 1024 * 1024)}}"}""";
        await ProblemAssert.IsProblemAsync(await api.Admin.SendAsync(Request(endpoint, huge)), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_missing_required_field_is_a_400_problem_naming_the_field()
    {
        var response = await api.Admin.SendAsync(Request(All.First(e => e.Path == "/api/candidates"), """{"jobId": "teller-2027-campus"}"""));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("fullName", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_a_400_problem_naming_the_field()
    {
        var response = await api.Admin.SendAsync(Request(All.First(e => e.Path == "/api/candidates"), """{"fullName": 42, "jobId": "teller-2027-campus"}"""));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("fullName", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_empty_required_text_is_a_400_problem_naming_the_field()
    {
        var response = await api.Admin.SendAsync(Request(All.First(e => e.Path == "/api/candidates"), """{"fullName": "  ", "jobId": "teller-2027-campus"}"""));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("fullName", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_candidate_that_does_not_exist_is_a_404_problem()
    {
        var problem = await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync($"/api/candidates/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal("id", problem.GetProperty("field").GetString());
    }
}
