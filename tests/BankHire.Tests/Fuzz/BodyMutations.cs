using System.Text;
using System.Text.Json.Nodes;

namespace BankHire.Tests.Fuzz;

/// <summary>
/// Broken versions of a body: each property null, of the wrong type, huge, in odd Unicode, with null items; the
/// whole document truncated, empty, deeply nested, in the wrong encoding or under the wrong content type.
/// </summary>
public static class BodyMutations
{
    public const int HugeStringLength = 200_000;

    private static readonly string Huge = new('x', HugeStringLength);

    /// <summary>Right-to-left marks, combining marks, an emoji, a lone surrogate escaped, NUL, a formula, HTML.</summary>
    private const string OddUnicode = "\u202e\u0301𝓑𝓪𝓷𝓴😀\\ud800\u0000=cmd|' /C calc'!A0<script>alert(1)</script>";

    public static IEnumerable<(string Json, string Case)> OfProperties(JsonNode? sample)
    {
        if (sample is not JsonObject obj) yield break;
        foreach (var name in obj.Select(p => p.Key).ToList())
        {
            foreach (var (value, label) in Replacements(obj[name]))
            {
                var copy = (JsonObject)obj.DeepClone();
                copy[name] = value?.DeepClone();
                yield return (copy.ToJsonString(), $"{name}={label}");
            }
            var without = (JsonObject)obj.DeepClone();
            without.Remove(name);
            yield return (without.ToJsonString(), $"{name} missing");
        }
        var extra = (JsonObject)obj.DeepClone();
        extra["unexpected"] = "value";
        yield return (extra.ToJsonString(), "unknown property");
        // Numbers beyond every .NET type: text, since JsonNode cannot hold them.
        if (obj.FirstOrDefault(p => p.Value is JsonValue).Key is { } first)
        {
            var copy = (JsonObject)obj.DeepClone();
            copy[first] = 0;
            var text = copy.ToJsonString();
            var marker = $"\"{first}\":0";
            yield return (text.Replace(marker, $"\"{first}\":1e400"), $"{first}=1e400");
            yield return (text.Replace(marker, $"\"{first}\":-99999999999999999999999"), $"{first}=-1e23 integer");
        }
    }

    private static IEnumerable<(JsonNode? Value, string Label)> Replacements(JsonNode? original)
    {
        yield return (null, "null");
        yield return (JsonValue.Create(Huge), "huge string");
        yield return (JsonValue.Create(OddUnicode), "odd unicode");
        yield return (JsonValue.Create(-1), "-1");
        yield return (JsonValue.Create(long.MaxValue), "long.MaxValue");
        yield return (JsonValue.Create(true), "true");
        yield return (new JsonObject { ["a"] = 1 }, "object");
        yield return (new JsonArray(null, null), "[null, null]");
        yield return (JsonValue.Create(""), "empty string");
        yield return (JsonValue.Create("   "), "blank string");
        yield return (JsonValue.Create("not-a-value"), "unknown enum or id");
        if (original is JsonArray array)
        {
            var withNull = (JsonArray)array.DeepClone();
            withNull.Add(null);
            yield return (withNull, "array with a null item");
            var many = new JsonArray();
            for (var i = 0; i < 5_000; i++) many.Add(array.Count > 0 ? array[0]?.DeepClone() : JsonValue.Create("x"));
            yield return (many, "5,000 items");
        }
        if (original is JsonObject inner)
            foreach (var (json, label) in OfProperties(inner).Take(12))
                yield return (JsonNode.Parse(json), "inner " + label);
    }

    public static IEnumerable<(byte[] Body, string? ContentType, string Case)> OfDocument(string validJson)
    {
        var utf8 = Encoding.UTF8.GetBytes(validJson);
        yield return ([], "application/json", "empty body");
        yield return ("null"u8.ToArray(), "application/json", "null document");
        yield return ("[]"u8.ToArray(), "application/json", "array document");
        yield return ("\"text\""u8.ToArray(), "application/json", "string document");
        yield return ("12345"u8.ToArray(), "application/json", "number document");
        yield return (utf8[..(utf8.Length / 2)], "application/json", "truncated");
        yield return ("{\"a\":"u8.ToArray(), "application/json", "cut after a key");
        yield return (Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "application/json", "nested 10,000 deep");
        yield return (Encoding.UTF8.GetBytes(validJson.Length > 2 ? validJson[..^1] + ",}" : validJson), "application/json", "trailing comma");
        yield return (Encoding.UTF8.GetBytes("/* c */" + validJson), "application/json", "comment");
        yield return ([0xEF, 0xBB, 0xBF, .. utf8], "application/json", "UTF-8 BOM");
        yield return ([0xFF, 0xFE, 0xC3, 0x28, .. utf8], "application/json", "invalid UTF-8");
        yield return (Encoding.Unicode.GetBytes(validJson), "application/json; charset=utf-16", "UTF-16");
        yield return (utf8, "application/json; charset=ebcdic", "unknown charset");
        yield return (utf8, "application/json; charset=\"", "broken charset parameter");
        yield return (utf8, "text/plain", "text/plain");
        yield return (utf8, "application/xml", "xml content type");
        yield return ("<a>1</a>"u8.ToArray(), "application/xml", "xml body");
        yield return (utf8, null, "no content type");
        yield return (utf8, "application/x-www-form-urlencoded", "form content type");
        yield return ("a=1&b=2"u8.ToArray(), "application/x-www-form-urlencoded", "form body");
        yield return (utf8, "multipart/form-data", "multipart without boundary");
        yield return (utf8, "multipart/form-data; boundary=zzz", "multipart with a wrong boundary");
        yield return (utf8, "application/json; charset=utf-8; charset=latin1", "two charsets");
        yield return (utf8, "*/*", "wildcard content type");
        yield return (Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"k{i}\":{i}")) + "}"), "application/json", "20,000 properties");
        yield return (new byte[6 * 1024 * 1024], "application/json", "6 MB of zero bytes");
    }
}
