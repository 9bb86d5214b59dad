using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace BankHire.Analysis.Scoring.Json;

/// <summary>
/// How scoring documents are written and read: camelCase, enums as names, indented, Chinese as-is; reading refuses
/// unknown members, missing required members, nulls in non-nullable members and numeric enums, because a silently
/// misread rubric or report changes what a score means.
/// </summary>
internal static class StrictJson
{
    public static JsonSerializerOptions Options(
        JsonIgnoreCondition ignore, JsonNumberHandling numbers, Action<JsonTypeInfo>? contract = null)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = ignore,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            NumberHandling = numbers,
        };
        if (contract is not null)
            options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { contract } };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>"at $.competencies[2].weight (line 14, byte 7)" for an error message.</summary>
    public static string Where(JsonException e)
    {
        var where = e.Path is null ? "" : $" at {e.Path}";
        var line = e.LineNumber is { } l ? $" (line {l + 1}, byte {e.BytePositionInLine + 1})" : "";
        return where + line;
    }
}
