using System.Text.Json;
using BankHire.Analysis.Interview;

namespace BankHire.Answers;

/// <summary>How an answer's analysis is kept in grain state: JSON that reads back to an equal analysis (doubles round-trip).</summary>
public static class AnswerAnalysisJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(AnswerAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    public static AnswerAnalysis Deserialize(string json) =>
        JsonSerializer.Deserialize<AnswerAnalysis>(json, Options) ?? throw new JsonException("An answer analysis cannot be null.");
}
