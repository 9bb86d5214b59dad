using BankHire.Analysis.Audio;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Tests.Audio;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Speech;

/// <summary>
/// Real recognition of espeak-ng English with the Debian model. Synthetic speech is far from what the
/// model was trained on, so the bar is "most content words recovered", and the WER is printed.
/// </summary>
[Collection(TestMediaCollection.Name)]
public sealed class PocketsphinxSpeechToTextTests(TestMedia media, ITestOutputHelper output)
{
    private static readonly string[] ContentWords = ["customer", "savings", "account", "yesterday", "morning", "thank", "very", "much", "time"];
    // Recognition takes seconds; both tests on the English answer share one run.
    private static Task<TranscriptionResult>? english;
    private readonly PocketsphinxSpeechToText engine = new();

    private Task<TranscriptionResult> English() =>
        LazyInitializer.EnsureInitialized(ref english, () => engine.TranscribeAsync(media.EnglishForTranscription.Pcm, "en-US"));

    [Fact]
    public async Task Recognises_most_content_words_of_spoken_english()
    {
        var result = await English();

        var transcript = Assert.IsType<Transcript>(result.Transcript);
        var reference = $"{TestMedia.EnglishA} {TestMedia.ThankYou}";
        var wer = WordErrorRate.Of(reference, transcript.Text);
        output.WriteLine($"heard: {transcript.Text}\nWER {wer:0.00}, mean confidence {transcript.MeanConfidence:0.00}, model {transcript.ModelVersion}");
        var recovered = ContentWords.Count(w => transcript.Words.Any(x => x.Text == w));
        Assert.True(recovered >= 6, $"only {recovered} of {ContentWords.Length} content words recovered");
        Assert.True(wer < 0.5, $"WER {wer:0.00}");
        Assert.Equal("en", transcript.Language);
        Assert.StartsWith("cmusphinx-en-us/sha256:", transcript.ModelVersion);
    }

    [Fact]
    public async Task Words_lie_inside_the_spoken_sentences_with_confidences()
    {
        var answer = media.EnglishForTranscription;

        var transcript = (await English()).Transcript!;

        Assert.NotEmpty(transcript.Words);
        Assert.All(transcript.Words, w =>
        {
            Assert.Contains(answer.Speech, s => w.StartSeconds >= s.StartSeconds - 0.3 && w.EndSeconds <= s.EndSeconds + 0.3);
            Assert.InRange(w.Confidence!.Value, 0, 1);
        });
        Assert.Equal(transcript.Words.OrderBy(w => w.StartSeconds), transcript.Words);
        var thank = transcript.Words.FirstOrDefault(w => w.Text == "thank") ?? transcript.Words.First(w => w.Text == "much");
        Assert.True(thank.StartSeconds > answer.Speech[1].StartSeconds - 0.3, "the second sentence's words are placed in the second sentence");
    }

    [Fact]
    public async Task Silence_gives_an_empty_transcript()
    {
        var result = await engine.TranscribeAsync(File.ReadAllBytes(media.Raw(media.RoomNoise(3))), "en");

        Assert.True(result.IsTranscribed);
        Assert.Empty(result.Transcript!.Words);
        Assert.Equal("", result.Transcript.Text);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("cmn")]
    public async Task Chinese_is_an_unsupported_language_not_an_error(string language)
    {
        var result = await engine.TranscribeAsync(media.MandarinTimeline.Pcm, language);

        Assert.False(result.IsTranscribed);
        Assert.Contains($"'{language}'", result.UnsupportedReason);
        Assert.Contains("supports en", result.UnsupportedReason);
    }

    [Fact]
    public async Task An_encoded_recording_is_invalid_audio()
    {
        var webm = File.ReadAllBytes(media.Encoded(media.EnglishTimeline.WavPath, "webm", "-c:a", "libopus", "-b:a", "24k"));

        await Assert.ThrowsAsync<InvalidAudioException>(() => engine.TranscribeAsync(webm, "en"));
    }

    [Fact]
    public async Task A_missing_model_is_an_engine_error_naming_the_package()
    {
        var broken = new PocketsphinxSpeechToText(new PocketsphinxOptions { ModelDirectory = "/nonexistent/model" });

        var error = await Assert.ThrowsAsync<SpeechToTextException>(() => broken.TranscribeAsync(media.EnglishForTranscription.Pcm, "en"));
        Assert.Contains("pocketsphinx-en-us", error.Reason);
    }
}
