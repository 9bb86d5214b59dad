using BankHire.Analysis.Audio;
using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Tests.Audio;

namespace BankHire.Analysis.Tests.Speech;

/// <summary>The re-analysis path end to end: a browser's Opus/WebM upload, decoded, then transcribed.</summary>
[Collection(TestMediaCollection.Name)]
public sealed class RecordingToTranscriptTests(TestMedia media)
{
    [Fact]
    public async Task A_webm_upload_is_decoded_and_transcribed()
    {
        var answer = media.EnglishForTranscription;
        var upload = await File.ReadAllBytesAsync(media.Encoded(answer.WavPath, "webm", "-c:a", "libopus", "-b:a", "24k"));

        var pcm = (await new AudioDecoder().DecodeAsync(upload)).Pcm16le;
        var transcript = (await new PocketsphinxSpeechToText().TranscribeAsync(pcm, "en")).Transcript!;

        string[] contentWords = ["customer", "savings", "account", "yesterday", "very", "much", "time"];
        Assert.True(contentWords.Count(w => transcript.Words.Any(x => x.Text == w)) >= 5, transcript.Text);
    }
}
