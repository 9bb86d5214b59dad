using BankHire.Analysis.Text.Speech;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Text.Speech;

public sealed class PocketSphinxRecognizerTests(ITestOutputHelper output)
{
    private static readonly PocketSphinxRecognizer Recognizer = new();

    [Fact]
    public async Task English_speech_is_transcribed_with_some_of_its_content_words()
    {
        Assert.True(PocketSphinxRecognizer.IsInstalled && SpeechTestMedia.ToolsInstalled, "needs Debian pocketsphinx, pocketsphinx-en-us, espeak-ng and sox");
        const string said = "Thank you for the question. I listened to the customer and solved the problem.";
        var transcript = await Recognizer.TranscribeAsync(SpeechTestMedia.Speak(said), "en-US");

        Assert.True(transcript.HasText, transcript.NoDataReason);
        var lexicon = TestLexicon.DomainOnly;
        var heard = lexicon.Tokenize(transcript.Text!).Tokens.Select(t => t.Norm).ToHashSet();
        var content = new[] { "listened", "customer", "solved", "problem", "question", "thank" }.Select(w => lexicon.Tokenize(w)[0].Norm).ToList();
        var recalled = content.Count(heard.Contains);
        output.WriteLine($"said:  {said}\nheard: {transcript.Text}\ncontent-word recall {recalled}/{content.Count}");
        Assert.True(recalled >= 2, $"heard \"{transcript.Text}\"");
        Assert.Equal(PocketSphinxRecognizer.Version, transcript.Engine);
    }

    [Fact]
    public async Task Silence_gives_no_data_rather_than_an_empty_answer()
    {
        Assert.True(PocketSphinxRecognizer.IsInstalled, "needs Debian pocketsphinx");
        var transcript = await Recognizer.TranscribeAsync(SpeechTestMedia.Silence(1.5), "en-US");
        Assert.False(transcript.HasText);
        Assert.Equal("no speech recognised", transcript.NoDataReason);
    }

    [Theory]
    [InlineData("zh-CN", 16000, 100, "pocketsphinx has no model for zh-CN")]
    [InlineData("en-US", 8000, 100, "audio must be 16000 Hz, got 8000")]
    [InlineData("en-US", 16000, 0, "no audio")]
    public async Task Unusable_requests_say_why(string language, int rate, int samples, string reason)
    {
        var transcript = await Recognizer.TranscribeAsync(new AudioClip(new short[samples], rate), language);
        Assert.Equal(reason, transcript.NoDataReason);
    }

    [Fact]
    public void Wav_round_trips()
    {
        var clip = new AudioClip([0, 1, -1, short.MaxValue, short.MinValue], AudioClip.SpeechRate);
        var back = WavFile.Read(WavFile.Write(clip));
        Assert.Equal(clip.Samples, back.Samples);
        Assert.Equal(clip.SampleRate, back.SampleRate);
        Assert.Throws<InvalidDataException>(() => WavFile.Read("RIFF....WAVEjunk"u8));
    }
}
