using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Json;

/// <summary>
/// The JSON form of a <see cref="CompetencyModel"/>: camelCase members, enums as their names, indented,
/// Chinese written as-is. Reading is strict — unknown members, missing required members, nulls in
/// non-nullable members and numeric enums are errors — because a typo in a rubric silently changes scores.
/// </summary>
public static class CompetencyModelJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize(CompetencyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return JsonSerializer.Serialize(model, Options);
    }

    /// <exception cref="CompetencyModelFormatException">The text is not a valid competency model document.</exception>
    public static CompetencyModel Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
            throw new CompetencyModelFormatException("Competency model JSON is empty.", path: null);
        try
        {
            return JsonSerializer.Deserialize<CompetencyModel>(json, Options)
                ?? throw new CompetencyModelFormatException("Competency model JSON is 'null'.", "$");
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path}";
            var line = e.LineNumber is { } l ? $" (line {l + 1}, byte {e.BytePositionInLine + 1})" : "";
            throw new CompetencyModelFormatException($"Invalid competency model JSON{where}{line}: {e.Message}", e.Path, e);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
