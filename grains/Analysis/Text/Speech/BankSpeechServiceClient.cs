using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BankHire.Analysis.Text.Speech;

/// <summary>
/// Adapter for a speech service the bank runs (Chinese and better English than pocketsphinx). Contract:
/// <c>POST {endpoint}?language=zh-CN</c> with the answer as <c>audio/wav</c> (16 kHz mono); response JSON
/// <c>{"text": "...", "language": "zh-CN", "confidence": 0.93, "words": [{"word": "您好", "start": 0.12, "end": 0.48}]}</c>.
/// Any failure (status, timeout, unreadable body) becomes a no-data transcript with the reason, so a
/// service outage never turns into a zero content score.
/// </summary>
public sealed class BankSpeechServiceClient(HttpClient http, Uri endpoint, IReadOnlyList<string> languages) : ISpeechToText
{
    public const string Version = "bank-speech-service/1";

    public string Name => Version;

    public bool Supports(string language) => languages.Any(l => language.StartsWith(l, StringComparison.OrdinalIgnoreCase));

    public async Task<Transcript> TranscribeAsync(AudioClip audio, string language, CancellationToken cancellationToken = default)
    {
        if (audio.Samples.Length == 0) return Transcript.NoData(language, Name, "no audio");
        using var content = new ByteArrayContent(WavFile.Write(audio));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var uri = new UriBuilder(endpoint) { Query = "language=" + Uri.EscapeDataString(language) }.Uri;
        try
        {
            using var response = await http.PostAsync(uri, content, cancellationToken);
            if (!response.IsSuccessStatusCode) return Transcript.NoData(language, Name, $"speech service returned {(int)response.StatusCode}");
            var body = await ReadBody(response.Content, cancellationToken);
            if (body is null) return Transcript.NoData(language, Name, "speech service response unreadable");
            if (string.IsNullOrWhiteSpace(body.Text)) return Transcript.NoData(language, Name, "no speech recognised");
            var words = body.Words?.Select(w => new TranscriptWord(w.Word ?? "", w.Start, w.End)).ToList() ?? [];
            return new Transcript(body.Text.Trim(), body.Language ?? language, Name, body.Confidence, words);
        }
        catch (HttpRequestException e)
        {
            return Transcript.NoData(language, Name, $"speech service unreachable ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Transcript.NoData(language, Name, "speech service timed out");
        }
    }

    private static async Task<ResponseBody?> ReadBody(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync<ResponseBody>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal sealed record ResponseBody(
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("language")] string? Language,
        [property: JsonPropertyName("confidence")] double? Confidence,
        [property: JsonPropertyName("words")] IReadOnlyList<ResponseWord>? Words);

    internal sealed record ResponseWord(
        [property: JsonPropertyName("word")] string? Word,
        [property: JsonPropertyName("start")] double Start,
        [property: JsonPropertyName("end")] double End);
}
