using System.Net;
using System.Text.Json;
using BankHire.Web.Attendance;
using BankHire.Web.Answers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiFactory api)
{
    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = JsonDocument.Parse(await api.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("/api/candidates", paths);
        Assert.Contains("/api/jobs/{jobId}/model", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/api/jobs/{id}", StringComparison.Ordinal)); // one name per resource
        Assert.Contains("/api/candidate/interview", paths);
        foreach (var step in new[] { "consent", "consent/withdraw", "device-check", "start", "questions/{questionId}/begin",
                     "questions/{questionId}/finish", "hints", "integrity", "complete", "feedback" })
            Assert.Contains("/api/candidate/interview/" + step, paths);
        Assert.Contains("/api/interviews/{id}/report", paths);
        Assert.Contains("/api/notifications", paths);
    }

    [Fact]
    public async Task The_browsable_ui_is_served_without_any_cdn()
    {
        var response = await api.NewClient().GetAsync("/api-docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("swagger", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_hr_endpoint_is_covered_by_the_auth_and_bad_input_tests()
    {
        var listed = Endpoints.All.Select(e => (e.Method, Template(e.Path))).ToHashSet();
        var mapped = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/") && !raw.StartsWith("/api/candidate/") && !raw.StartsWith("/api/auth/login")
                // Authorised by the candidate's invitation token, not an HR role: ChunkIngestTests covers its auth and bad input.
                && raw != ChunkIngestEndpoints.Route
                // Also the candidate's token: RecordingUploadApiTests covers its auth and bad input.
                && !raw.StartsWith(RecordingUploadEndpoints.Route)
                // Authorised by the employee's own sign-in code, not an HR role: CheckInApiTests covers its auth and bad input.
                && raw != EmployeePortalEndpoints.Route && !raw.StartsWith(EmployeePortalEndpoints.Route + "/"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Template(e.RoutePattern.RawText!))))
            .ToList();
        var missing = mapped.Where(m => !listed.Contains(m)).Select(m => $"{m.Item1} {m.Item2}").ToList();
        Assert.True(missing.Count == 0, "Not in Endpoints.All: " + string.Join(", ", missing));
    }

    // Compares shapes: every path segment that is a parameter, a concrete id or one of the example codes becomes "*".
    private static string Template(string path) => string.Join('/', path.Split('?')[0].TrimEnd('/').Split('/').Select(s =>
        s.StartsWith('{') || Guid.TryParse(s, out _) || int.TryParse(s, out _) || Endpoints.ExampleCodes.Contains(s) ? "*" : s));
}
