using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>The second-voice hint: raised when a clearly different voice speaks, quiet for one speaker.</summary>
[Collection(TestMediaCollection.Name)]
public sealed class SecondVoiceTests(TestMedia media, ITestOutputHelper output)
{
    [Fact]
    public void A_woman_speaking_between_a_mans_sentences_is_flagged()
    {
        var answer = media.TwoVoices;
        var ratio = Ratio(answer.Pcm);
        var womanShare = answer.Speech[1].DurationSeconds / answer.Speech.Sum(s => s.DurationSeconds);
        output.WriteLine($"woman's share of speech {womanShare:0.00}");

        Assert.InRange(ratio, womanShare - 0.1, womanShare + 0.1);
    }

    [Fact]
    public void One_english_speaker_is_not_flagged() => Assert.InRange(Ratio(media.EnglishTimeline.Pcm), 0, 0.05);

    [Fact]
    public void One_mandarin_speaker_with_tones_is_not_flagged() => Assert.InRange(Ratio(media.MandarinTimeline.Pcm), 0, 0.05);

    [Fact]
    public void One_woman_is_not_flagged() =>
        Assert.InRange(Ratio(File.ReadAllBytes(media.Raw(media.Speech("en-us+f2", TestMedia.EnglishA)))), 0, 0.05);

    private double Ratio(byte[] pcm)
    {
        var value = AnalyzerRun.Whole(pcm).Features.Value("second_voice_ratio");
        output.WriteLine($"second_voice_ratio {value:0.00}");
        return value;
    }
}
