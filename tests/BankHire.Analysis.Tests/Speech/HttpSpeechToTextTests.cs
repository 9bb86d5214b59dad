using BankHire.Analysis.Audio;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Http;

namespace BankHire.Analysis.Tests.Speech;

/// <summary>The adapter for the bank's speech service, against a local double of that service.</summary>
public sealed class HttpSpeechToTextTests : IDisposable
{
    private static readonly byte[] Pcm = RawPcm.ToBytes(Enumerable.Range(0, 16_000).Select(i => (short)(1000 * Math.Sin(i / 10.0))).ToArray());
    private readonly HttpClient http = new();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Posts_the_answer_as_wav_with_the_model_language_and_word_timestamps_requested()
    {
        using var server = new WhisperServerDouble(200, RecordedWhisperResponses.EnglishWithWords);

        await Engine(server, apiKey: "secret").TranscribeAsync(Pcm, "en-GB");

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v1/audio/transcriptions", "Bearer secret"), (request.Method, request.Path, request.Authorization));
        Assert.Equal("bank-asr-2", request.Field("model"));
        Assert.Equal("en", request.Field("language"));
        Assert.Equal("verbose_json", request.Field("response_format"));
        Assert.Equal("word", request.Field("timestamp_granularities[]"));
        var wav = request.Form()["file"];
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(Pcm, wav[44..]);
    }

    [Fact]
    public async Task Reads_words_times_and_probabilities()
    {
        using var server = new WhisperServerDouble(200, RecordedWhisperResponses.EnglishWithWords);

        var transcript = (await Engine(server).TranscribeAsync(Pcm, "en")).Transcript!;

        Assert.Equal("Thank you very much for your time.", transcript.Text);
        Assert.Equal(["Thank", "you", "very", "much", "for", "your", "time."], transcript.Words.Select(w => w.Text));
        Assert.Equal(new TranscriptWord("Thank", 0.1, 0.38, 0.91), transcript.Words[0]);
        Assert.Equal(("whisper-http", "bank-asr-2", "en"), (transcript.Engine, transcript.ModelVersion, transcript.Language));
    }

    [Fact]
    public async Task Without_word_timestamps_each_segment_is_one_entry_with_its_mean_token_probability()
    {
        using var server = new WhisperServerDouble(200, RecordedWhisperResponses.MandarinSegmentsOnly);

        var transcript = (await Engine(server).TranscribeAsync(Pcm, "zh-CN")).Transcript!;

        Assert.Equal(2, transcript.Words.Count);
        Assert.Equal("我在银行工作了五年,主要负责客户服务。", transcript.Words[0].Text);
        Assert.Equal((2.0, 7.1), (transcript.Words[0].StartSeconds, transcript.Words[0].EndSeconds));
        Assert.Equal(Math.Exp(-0.25), transcript.Words[0].Confidence!.Value, 6);
        Assert.Equal("zh", transcript.Language);
    }

    [Fact]
    public async Task An_unsupported_language_is_answered_without_calling_the_service()
    {
        using var server = new WhisperServerDouble(200, RecordedWhisperResponses.EnglishWithWords);

        var result = await Engine(server).TranscribeAsync(Pcm, "fr-FR");

        Assert.False(result.IsTranscribed);
        Assert.Equal("whisper-http does not transcribe 'fr-FR' (it supports zh, en)", result.UnsupportedReason);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_server_error_is_an_engine_error_with_the_status()
    {
        using var server = new WhisperServerDouble(503, """{"error":{"message":"model is loading"}}""");

        var error = await Assert.ThrowsAsync<SpeechToTextException>(() => Engine(server).TranscribeAsync(Pcm, "en"));

        Assert.Contains("HTTP 503", error.Reason);
        Assert.Contains("model is loading", error.Reason);
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_an_engine_error()
    {
        using var server = new WhisperServerDouble(200, "<html>proxy login</html>");

        var error = await Assert.ThrowsAsync<SpeechToTextException>(() => Engine(server).TranscribeAsync(Pcm, "en"));

        Assert.Contains("not Whisper verbose_json", error.Reason);
    }

    [Fact]
    public async Task An_unreachable_service_is_an_engine_error()
    {
        var engine = new HttpSpeechToText(http, new HttpSpeechToTextOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{WhisperServerDouble.FreePort()}/"),
            Model = "bank-asr-2",
        });

        var error = await Assert.ThrowsAsync<SpeechToTextException>(() => engine.TranscribeAsync(Pcm, "en"));

        Assert.Contains("could not be reached", error.Reason);
    }

    [Fact]
    public async Task A_recording_sent_as_raw_samples_is_invalid_audio()
    {
        using var server = new WhisperServerDouble(200, RecordedWhisperResponses.EnglishWithWords);
        byte[] webm = [0x1A, 0x45, 0xDF, 0xA3, 0, 0, 0, 0];

        await Assert.ThrowsAsync<InvalidAudioException>(() => Engine(server).TranscribeAsync(webm, "en"));
        Assert.Empty(server.Requests);
    }

    private HttpSpeechToText Engine(WhisperServerDouble server, string? apiKey = null) =>
        new(http, new HttpSpeechToTextOptions { BaseAddress = server.BaseAddress, Model = "bank-asr-2", ApiKey = apiKey });
}
