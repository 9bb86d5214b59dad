using System.Text.Json.Serialization;

namespace BankHire.Analysis.Speech.Http;

/// <summary>
/// The <c>verbose_json</c> answer of a Whisper-compatible service. <c>words</c> come only when word
/// timestamps were granted; <c>probability</c> on words is an extension some servers (faster-whisper) add.
/// </summary>
internal sealed record WhisperResponse(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("words")] IReadOnlyList<WhisperWord>? Words,
    [property: JsonPropertyName("segments")] IReadOnlyList<WhisperSegment>? Segments);

internal sealed record WhisperWord(
    [property: JsonPropertyName("word")] string Word,
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("end")] double End,
    [property: JsonPropertyName("probability")] double? Probability);

internal sealed record WhisperSegment(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("end")] double End,
    [property: JsonPropertyName("avg_logprob")] double? AverageLogProbability);
