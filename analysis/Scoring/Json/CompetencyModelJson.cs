using System.Text.Json;
using System.Text.Json.Serialization;
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
            throw new CompetencyModelFormatException($"Invalid competency model JSON{StrictJson.Where(e)}: {e.Message}", e.Path, e);
        }
    }

    private static JsonSerializerOptions CreateOptions() =>
        StrictJson.Options(JsonIgnoreCondition.WhenWritingNull, JsonNumberHandling.Strict);
}
