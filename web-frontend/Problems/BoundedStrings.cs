using System.Text.Json;
using System.Text.Json.Serialization;

namespace BankHire.Web.Problems;

/// <summary>
/// Every text in a JSON request is at most <see cref="MaxLength"/> characters (the longest field, a typed answer),
/// checked while reading, in one place: a 200,000-character name or model field is a 400 naming it, before any
/// handler stores it. Fields with tighter limits check them where they are validated.
/// </summary>
public sealed class BoundedStrings : JsonConverter<string>
{
    public const int MaxLength = 20_000;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Bounded(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Bounded(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Bounded(string? value) =>
        value is { Length: > MaxLength } ? throw new JsonException($"A text is longer than {MaxLength:N0} characters.") : value;
}
