using System.Text.Json;
using System.Text.Json.Nodes;

namespace BankHire.Tests.Fuzz;

/// <summary>A plausible value for an OpenAPI schema (references followed, depth bounded): the body the fuzzer then breaks.</summary>
public sealed class SchemaSample(JsonElement components)
{
    public JsonNode? For(JsonElement schema, int depth = 0)
    {
        if (depth > 6 || schema.ValueKind != JsonValueKind.Object) return null;
        if (schema.TryGetProperty("$ref", out var reference)) return For(Resolve(reference.GetString()!), depth + 1);
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0) return JsonNode.Parse(values[0].GetRawText());
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.TryGetProperty(combinator, out var options) && options.GetArrayLength() > 0)
                return options.EnumerateArray().Select(o => For(o, depth + 1)).FirstOrDefault(n => n is not null);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(schema) switch
        {
            "object" => Object(schema, depth),
            "array" => new JsonArray(schema.TryGetProperty("items", out var items) ? For(items, depth + 1) : null),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            "string" => JsonValue.Create(format switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date-time" => DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
                "date" => "2027-03-01",
                "time" => "09:00:00",
                _ => "fuzz",
            }),
            _ => schema.TryGetProperty("properties", out _) ? Object(schema, depth) : null,
        };
    }

    public JsonElement Resolve(string reference) =>
        components.GetProperty("schemas").GetProperty(reference[(reference.LastIndexOf('/') + 1)..]);

    /// <summary>The first non-null type: OpenAPI 3.1 writes nullable types as ["null", "string"].</summary>
    public static string? TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
        : type.GetString();

    private JsonObject Object(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
            foreach (var property in properties.EnumerateObject())
                result[property.Name] = For(property.Value, depth + 1);
        return result;
    }
}
