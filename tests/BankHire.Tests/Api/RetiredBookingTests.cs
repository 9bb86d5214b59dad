using System.Net;
using System.Net.Http.Json;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Demo;

namespace BankHire.Tests.Api;

/// <summary>The old free-time booking route is retired: it books nothing and points to the calendar's slot endpoints.</summary>
[Collection(ApiCollection.Name)]
public sealed class RetiredBookingTests(ApiFactory api)
{
    [Fact]
    public async Task The_old_booking_route_is_gone_and_says_where_to_book_instead()
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "旧预约", jobId = DemoBank.Jobs[0].Id });
        var candidate = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var invited = await (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/interviews", new { expiresInDays = 3 }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var interviewId = invited.GetProperty("interviewId").GetGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/candidate/interview/booking")
        {
            Content = JsonContent.Create(new { slot = DateTimeOffset.UtcNow.AddDays(1) }),
        };
        request.Headers.Add(CandidatePortalEndpoints.TokenHeader, invited.GetProperty("token").GetString());

        var problem = await ProblemAssert.IsProblemAsync(await api.NewClient().SendAsync(request), HttpStatusCode.Gone);

        Assert.Equal("slot", problem.GetProperty("field").GetString());
        Assert.Equal(CandidatePortalEndpoints.SlotRoute, problem.GetProperty("use").GetString());
        Assert.Contains("GET /api/candidate/interview/slots", ProblemAssert.Detail(problem));
        var interview = await api.Recruiter.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/interviews/{interviewId}");
        Assert.Equal("Invited", interview.GetProperty("status").GetString());
    }
}
