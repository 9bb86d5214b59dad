using System.Net;
using System.Text.Json;

namespace BankHire.Tests.Api;

public static class ProblemAssert
{
    /// <summary>The response is the expected 4xx with an RFC 9457 body that states a reason.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public static string Detail(JsonElement problem) =>
        problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
}
