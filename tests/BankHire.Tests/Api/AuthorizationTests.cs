using System.Net;
using static BankHire.Tests.Api.Endpoints;

namespace BankHire.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AuthorizationTests(ApiFactory api)
{
    public static TheoryData<Endpoint> Every => Where(_ => true);
    public static TheoryData<Endpoint> NotForAuditors => Where(e => e.Access is not (Access.AnyHr or Access.Auditing));
    public static TheoryData<Endpoint> NotForInterviewers => Where(e => e.Access is Access.Recruiting or Access.Admin or Access.Auditing);
    // Not a recruiter's: the admin's and the audit trail (admin and auditors).
    public static TheoryData<Endpoint> AdminOnly => Where(e => e.Access is Access.Admin or Access.Auditing);

    [Theory, MemberData(nameof(Every))]
    public async Task Without_signing_in_every_HR_endpoint_answers_401(Endpoint endpoint)
    {
        var response = await api.NewClient().SendAsync(Request(endpoint, endpoint.TakesBody ? "{}" : null));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, MemberData(nameof(NotForAuditors))]
    public async Task An_auditor_may_read_but_not_change(Endpoint endpoint)
    {
        var response = await api.Auditor.SendAsync(Request(endpoint, endpoint.TakesBody ? "{}" : null));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, MemberData(nameof(NotForInterviewers))]
    public async Task An_interviewer_may_not_run_recruiting_or_admin_actions(Endpoint endpoint)
    {
        var response = await api.Interviewer.SendAsync(Request(endpoint, endpoint.TakesBody ? "{}" : null));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, MemberData(nameof(AdminOnly))]
    public async Task A_recruiter_may_not_use_admin_endpoints(Endpoint endpoint)
    {
        var response = await api.Recruiter.SendAsync(Request(endpoint, endpoint.TakesBody ? "{}" : null));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reads_are_open_to_every_role()
    {
        foreach (var client in new[] { api.Auditor, api.Interviewer, api.Recruiter })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_problem()
    {
        var response = await api.NewClient().PostAsync("/api/auth/login",
            new StringContent("""{"userName":"admin","password":"wrong-password"}""", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_admin_sees_the_orleans_dashboard()
    {
        var response = await api.Admin.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
