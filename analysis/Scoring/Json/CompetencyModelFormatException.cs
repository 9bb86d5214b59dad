namespace BankHire.Analysis.Scoring.Json;

/// <summary>
/// A competency model document that cannot be read. <see cref="Path"/> is the JSON path of the offending
/// member (e.g. <c>$.competencies[2].weight</c>) when known, so an HR editor can point at it.
/// </summary>
public sealed class CompetencyModelFormatException(string message, string? path, Exception? inner = null)
    : FormatException(message, inner)
{
    public string? Path { get; } = path;
}
