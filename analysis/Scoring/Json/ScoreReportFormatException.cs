namespace BankHire.Analysis.Scoring.Json;

/// <summary>A score report document that cannot be read; <see cref="Path"/> is the JSON path at fault when known.</summary>
public sealed class ScoreReportFormatException(string message, string? path, Exception? inner = null)
    : FormatException(message, inner)
{
    public string? Path { get; } = path;
}
