using System.Text.Json;

namespace BankHire.Tests.Fuzz;

/// <summary>URLs for an operation: with real ids and plausible query values, and with one path or query value broken.</summary>
public static class FuzzUrls
{
    /// <summary>
    /// Escaped as they would arrive on the wire: traversal, SQL, emoji, invalid UTF-8, HTML, huge, out of range. A NUL in
    /// the path is refused by Kestrel before the application (the test server throws instead), so it is tried in queries.
    /// </summary>
    public static readonly IReadOnlyList<string> BadValues =
    [
        "..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1--", "%F0%9F%98%80", new string('a', 5000), "-1",
        "99999999999999999999", "00000000-0000-0000-0000-000000000000", "%FF%FE", "null", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%20", "1e309", "NaN", "%E2%80%AE", "teller-2027-campus%2Ejson",
    ];

    private static readonly IReadOnlyList<string> QueryOnlyValues = ["%00", "x%00y"];

    public static string Good(FuzzOperation operation, FuzzIds ids) =>
        Build(operation, ids, brokenName: null, brokenValue: null);

    public static IEnumerable<(string Url, string Case)> Broken(FuzzOperation operation, FuzzIds ids)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In is "path" or "query"))
            foreach (var value in parameter.In == "query" ? [.. BadValues, .. QueryOnlyValues] : BadValues)
                yield return (Build(operation, ids, parameter.Name, value), $"{parameter.In} {parameter.Name}={(value.Length > 30 ? value[..30] + "…" : value)}");
        if (operation.Parameters.FirstOrDefault(p => p.In == "query") is { } repeated)
            yield return (Good(operation, ids) + $"&{repeated.Name}=1&{repeated.Name}=2", $"query {repeated.Name} twice");
    }

    private static string Build(FuzzOperation operation, FuzzIds ids, string? brokenName, string? brokenValue)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
            path = path.Replace("{" + parameter.Name + "}", parameter.Name == brokenName ? brokenValue : Uri.EscapeDataString(PathValue(operation.Path, parameter, ids)));
        var query = operation.Parameters.Where(p => p.In == "query")
            .Select(p => $"{p.Name}={(p.Name == brokenName ? brokenValue : Uri.EscapeDataString(QueryValue(p)))}")
            .ToList();
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static string PathValue(string path, FuzzParameter parameter, FuzzIds ids) => parameter.Name switch
    {
        "jobId" => ids.JobId,
        "code" => ids.TemplateCode,
        "candidateId" => ids.CandidateId.ToString(),
        "questionId" => ids.QuestionId,
        "seq" or "version" or "page" => "1",
        "grainName" => "BankHire.Candidates.CandidateGrain",
        "address" => "127.0.0.1:11111@1",
        "id" when path.StartsWith("/api/jobs/", StringComparison.Ordinal) => ids.JobId,
        "id" when path.StartsWith("/api/candidates/", StringComparison.Ordinal) => ids.CandidateId.ToString(),
        "id" when path.StartsWith("/api/interviews/", StringComparison.Ordinal) => ids.InterviewId.ToString(),
        "id" when path.Contains("/webhooks/", StringComparison.Ordinal) => ids.WebhookId.ToString(),
        "id" when path.Contains("/keys/", StringComparison.Ordinal) => ids.KeyId.ToString(),
        "id" when path.StartsWith("/api/employees/", StringComparison.Ordinal) => ids.EmployeeId.ToString(),
        _ => parameter.Format == "uuid" ? Guid.NewGuid().ToString() : parameter.Type is "integer" or "number" ? "1" : "x",
    };

    private static string QueryValue(FuzzParameter parameter)
    {
        if (parameter.Schema.ValueKind == JsonValueKind.Object && parameter.Schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
            return values[0].ToString();
        return (parameter.Type, parameter.Format) switch
        {
            ("integer" or "number", _) => "1",
            ("boolean", _) => "true",
            (_, "uuid") => Guid.NewGuid().ToString(),
            (_, "date-time") => DateTimeOffset.UtcNow.ToString("O"),
            (_, "date") => "2027-03-01",
            _ => "x",
        };
    }
}
