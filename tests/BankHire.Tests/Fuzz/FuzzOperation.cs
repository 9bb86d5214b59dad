using System.Text.Json;

namespace BankHire.Tests.Fuzz;

/// <summary>One route and method of the OpenAPI document, as the fuzzer needs it.</summary>
public sealed record FuzzOperation(
    string Method,
    string Path,
    IReadOnlyList<FuzzParameter> Parameters,
    IReadOnlyList<string> BodyContentTypes,
    JsonElement? BodySchema,
    IReadOnlySet<int> DocumentedStatuses)
{
    public bool TakesBody => BodyContentTypes.Count > 0 || Method is "POST" or "PUT" or "PATCH";

    public bool IsCandidateRoute => Path.StartsWith("/api/candidate/", StringComparison.Ordinal) || Path.Contains("/chunks/", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation in the document, in document order.</summary>
    public static IReadOnlyList<FuzzOperation> Read(JsonElement document)
    {
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var parameters = operation.Value.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(p => new FuzzParameter(
                    p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                    p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                : [];
            var contentTypes = new List<string>();
            JsonElement? schema = null;
            if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                foreach (var type in content.EnumerateObject())
                {
                    contentTypes.Add(type.Name);
                    if (type.Value.TryGetProperty("schema", out var s)) schema ??= s;
                }
            var statuses = operation.Value.TryGetProperty("responses", out var responses)
                ? responses.EnumerateObject().Select(r => int.TryParse(r.Name, out var code) ? code : 0).ToHashSet()
                : [];
            operations.Add(new FuzzOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, contentTypes, schema, statuses));
        }
        return operations;
    }
}

public sealed record FuzzParameter(string Name, string In, JsonElement Schema)
{
    public string? Type => Schema.ValueKind == JsonValueKind.Object && Schema.TryGetProperty("type", out var t)
        ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(e => e.GetString()).FirstOrDefault(s => s != "null") : t.GetString()
        : null;

    public string? Format => Schema.ValueKind == JsonValueKind.Object && Schema.TryGetProperty("format", out var f) ? f.GetString() : null;
}
