using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Speech.Http;

/// <summary>
/// Speech-to-text by the bank's own service (Chinese, better English), spoken to as a Whisper-compatible
/// <c>/v1/audio/transcriptions</c> endpoint: the answer goes up as a WAV file with <c>verbose_json</c>
/// and word timestamps requested. Languages outside <see cref="HttpSpeechToTextOptions.Languages"/>
/// are answered as unsupported without calling the service.
/// </summary>
public sealed class HttpSpeechToText(HttpClient http, HttpSpeechToTextOptions options) : ISpeechToText
{
    public string Engine => options.EngineName;

    public bool Supports(string language) => options.Languages.Contains(SpeechLanguage.Primary(language));

    public async Task<TranscriptionResult> TranscribeAsync(ReadOnlyMemory<byte> pcm16le, string language, SpeechHints? hints = null, CancellationToken cancellation = default)
    {
        if (!Supports(language)) return TranscriptionResult.UnsupportedLanguage(Engine, language, options.Languages);
        if (RawPcm.DetectContainer(pcm16le.Span) is { } container)
            throw new InvalidAudioException($"the audio starts like a {container} file, not raw PCM s16le; decode it with AudioDecoder first");
        var primary = SpeechLanguage.Primary(language);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WithTrailingSlash(options.BaseAddress), "v1/audio/transcriptions"))
        {
            Content = Form(WavFile.FromPcm16le(pcm16le.Span), primary, WhisperPrompt.From(hints)),
        };
        if (options.ApiKey is { } key)
        {
            if (options.ApiKeyHeader is { Length: > 0 } header) request.Headers.TryAddWithoutValidation(header, key);
            else request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var response = await SendAsync(request, cancellation);
        var words = WhisperWords.From(response);
        var text = (response.Text ?? string.Join(' ', words.Select(w => w.Text))).Trim();
        return TranscriptionResult.Of(new Transcript(primary, text, words, Engine, options.Model));
    }

    private MultipartFormDataContent Form(byte[] wav, string language, string? prompt)
    {
        var file = new ByteArrayContent(wav);
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var form = new MultipartFormDataContent
        {
            { file, "file", "answer.wav" },
            { new StringContent(options.Model), "model" },
            { new StringContent(language), "language" },
            { new StringContent("verbose_json"), "response_format" },
            { new StringContent("word"), "timestamp_granularities[]" },
            { new StringContent("0"), "temperature" },
        };
        if (prompt is not null) form.Add(new StringContent(prompt), "prompt");
        return form;
    }

    private async Task<WhisperResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            if (!response.IsSuccessStatusCode)
                throw new SpeechToTextException(Engine, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}")
                {
                    Transient = (int)response.StatusCode is 408 or 429 or >= 500,
                    RetryAfter = RetryAfter(response),
                };
            var answer = JsonSerializer.Deserialize<WhisperResponse>(body) ?? throw Failure("the service answered null");
            if (answer.Text is null && answer.Words is null && answer.Segments is null)
                throw Failure($"the service's answer has no text, words or segments: {Shorten(body)}");
            return answer;
        }
        catch (JsonException e)
        {
            throw Failure($"the service's answer is not Whisper verbose_json ({e.Message})", e);
        }
        catch (HttpRequestException e)
        {
            throw new SpeechToTextException(Engine, $"the service could not be reached ({e.Message})", e) { Transient = true };
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new SpeechToTextException(Engine, string.Create(CultureInfo.InvariantCulture, $"no answer within {options.Timeout.TotalSeconds:0.#} s"), e) { Transient = true };
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static Uri WithTrailingSlash(Uri root) => root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");

    private SpeechToTextException Failure(string reason, Exception? inner = null) => new(Engine, reason, inner);

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
