using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Explanations;

namespace BankHire.Web.Access;

/// <summary>
/// Removes from a JSON answer the fields of kinds the caller is not granted (the matrix's <see cref="FieldRule"/>s). For
/// expression-level data it removes, anywhere under the rule's path, every item that names a face or voice feature (an
/// object whose <c>feature</c>, <c>name</c> or <c>subject</c> is one, a property named after one) and every explanation
/// line about one, so composite scores stay and the per-cue measurements go.
/// </summary>
public static class FieldRedaction
{
    private static readonly FrozenSet<string> ExpressionFeatures = FeatureCatalogue.All
        .Where(f => f.Kind is FeatureKind.Facial or FeatureKind.Voice).Select(f => f.Name).ToFrozenSet(StringComparer.Ordinal);

    private static readonly (string Zh, string En)[] ExpressionLabels = [.. ExpressionFeatures.Select(ExplanationLabels.Of)];

    private static readonly string[] NamingProperties = ["feature", "name", "subject", "Feature", "Name", "Subject"];

    /// <summary>The rules that apply to a caller granted <paramref name="granted"/>.</summary>
    public static IReadOnlyList<FieldRule> Withheld(RouteAccess route, PersonalData granted) =>
        [.. route.Fields.Where(f => (granted & f.Class) == 0)];

    /// <summary>The rules the gate applies itself (not those a route applies).</summary>
    public static IReadOnlyList<FieldRule> ForGate(IReadOnlyList<FieldRule> withheld) => [.. withheld.Where(f => !f.ByRoute)];

    /// <summary>The JSON text with the withheld fields removed; the text itself when nothing is withheld or it is not JSON.</summary>
    public static string Apply(string json, IReadOnlyList<FieldRule> withheld)
    {
        if (withheld.Count == 0) return json;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return json;
        }
        foreach (var rule in withheld) root = Apply(root, rule.Path.Length == 0 ? [] : rule.Path.Split('.'), 0, rule.Class);
        return root?.ToJsonString() ?? "null";
    }

    /// <summary>A JSON document (the report's stored text) as a caller granted <paramref name="granted"/> may see it.</summary>
    public static string Visible(string json, PersonalData granted) =>
        (granted & PersonalData.Expression) != 0 ? json : Apply(json, [new FieldRule(PersonalData.Expression, "")]);

    private static JsonNode? Apply(JsonNode? node, string[] path, int at, PersonalData kind)
    {
        if (node is null) return null;
        if (at == path.Length)
        {
            if (kind == PersonalData.Expression) RemoveExpression(node);
            return node;
        }
        var segment = path[at];
        var last = at == path.Length - 1;
        var each = segment.EndsWith("[]", StringComparison.Ordinal);
        var json = segment.EndsWith("@json", StringComparison.Ordinal);
        var name = each ? segment[..^2] : json ? segment[..^5] : segment;
        if (name.Length == 0 && each)
        {
            if (node is JsonArray items) foreach (var item in items) Apply(item, path, at + 1, kind);
            return node;
        }
        if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out var child)) return node;
        if (json)
        {
            if (child is JsonValue v && v.TryGetValue<string>(out var text))
                obj[name] = Apply(text, [new FieldRule(kind, string.Join('.', path[(at + 1)..]))]);
            return node;
        }
        if (last && kind != PersonalData.Expression)
        {
            obj[name] = child is JsonArray ? new JsonArray() : null;
            return node;
        }
        if (each && child is JsonArray array)
        {
            foreach (var item in array) Apply(item, path, at + 1, kind);
            return node;
        }
        Apply(child, path, at + 1, kind);
        return node;
    }

    private static void RemoveExpression(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj.Select(p => p.Key).ToList())
                {
                    if (IsExpressionFeature(property)) obj.Remove(property);
                    else if (obj[property] is { } child) RemoveExpression(child);
                }
                break;
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (NamesExpression(array[i])) array.RemoveAt(i);
                    else if (array[i] is JsonValue v && v.TryGetValue<string>(out var text)) array[i] = WithoutExpressionItems(text);
                    else if (array[i] is { } child) RemoveExpression(child);
                }
                break;
        }
    }

    private static bool NamesExpression(JsonNode? item) => item switch
    {
        JsonObject obj => NamingProperties.Any(p => obj[p] is JsonValue v && v.TryGetValue<string>(out var s) && IsExpressionFeature(s)),
        JsonValue v when v.TryGetValue<string>(out var text) => IsExpressionFeature(text) || IsExpressionLine(text),
        _ => false,
    };

    /// <summary>A line listing items ("…：a v1；smile_ratio v2；…", the analyser versions) without those about a face or voice feature.</summary>
    private static string WithoutExpressionItems(string text)
    {
        foreach (var separator in new[] { "；", "; " })
        {
            if (!text.Contains(separator, StringComparison.Ordinal)) continue;
            var items = text.Split(separator);
            var colon = items[0].IndexOfAny(['：', ':']);
            var prefix = colon < 0 ? "" : items[0][..(colon + 1)];
            items[0] = items[0][prefix.Length..];
            var kept = items.Where(item => !item.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(IsExpressionFeature)).ToList();
            return kept.Count < items.Length ? prefix + string.Join(separator, kept) : text;
        }
        return text;
    }

    /// <summary>A face or voice feature, also as scored for one competency (<c>smile_ratio@service_orientation</c>).</summary>
    private static bool IsExpressionFeature(string name)
    {
        var at = name.IndexOf('@');
        return ExpressionFeatures.Contains(at < 0 ? name : name[..at]);
    }

    private static bool IsExpressionLine(string line) =>
        line.StartsWith(ExplanationLabels.IndicatorLinePrefix, StringComparison.Ordinal)
        && ExpressionLabels.Any(l => line.Contains(l.Zh, StringComparison.Ordinal) || line.Contains(l.En, StringComparison.OrdinalIgnoreCase));
}
