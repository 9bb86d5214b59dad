using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Json;

/// <summary>
/// The wire form of a <see cref="ScoreReportDocument"/>. The same report always gives the same bytes: members in
/// declaration order, lists in the scorer's fixed order, numbers in their shortest round-trip form whatever the
/// culture, nulls written out (an unscored value is <c>null</c>, never missing), and only the members a record's
/// constructor takes (derived ones such as <c>hasValue</c> are left out). Reading is strict.
/// </summary>
public static class ScoreReportJson
{
    public static readonly JsonSerializerOptions Options = StrictJson.Options(
        JsonIgnoreCondition.Never,
        // An analyser may send NaN or ∞; the report keeps the value it received, so these must be writable.
        JsonNumberHandling.AllowNamedFloatingPointLiterals,
        OnlyConstructorMembers);

    /// <summary>Writes the report with its explanations in both languages.</summary>
    public static string Serialize(ScoreReport report) => Serialize(ScoreReportDocument.For(report));

    public static string Serialize(ScoreReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, Options);
    }

    /// <exception cref="ScoreReportFormatException">The text is not a valid score report document.</exception>
    public static ScoreReportDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
            throw new ScoreReportFormatException("Score report JSON is empty.", path: null);
        try
        {
            return JsonSerializer.Deserialize<ScoreReportDocument>(json, Options)
                ?? throw new ScoreReportFormatException("Score report JSON is 'null'.", "$");
        }
        catch (JsonException e)
        {
            throw new ScoreReportFormatException($"Invalid score report JSON{StrictJson.Where(e)}: {e.Message}", e.Path, e);
        }
    }

    private static void OnlyConstructorMembers(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].AssociatedParameter is null)
                type.Properties.RemoveAt(i);
        }
    }
}
