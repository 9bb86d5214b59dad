using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Audio;

[Collection(TestMediaCollection.Name)]
public sealed class SpeechRateTests(TestMedia media, ITestOutputHelper output)
{
    public static TheoryData<string, string, int, int> Sentences => new()
    {
        { "en-us+m1", TestMedia.EnglishA, 19, 150 },
        { "en-us+m1", TestMedia.EnglishB, 17, 150 },
        { "en-us+m1", TestMedia.EnglishA, 19, 100 },
        { "en-us+m1", TestMedia.EnglishA, 19, 220 },
        { "en-us+f2", TestMedia.ThankYou, 8, 150 },
        { TestMedia.MandarinVoice, TestMedia.MandarinA, 17, 150 },
        { TestMedia.MandarinVoice, TestMedia.MandarinB, 17, 150 },
        { TestMedia.MandarinVoice, TestMedia.MandarinA, 17, 250 },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Estimate(string voice, string text, int syllables, int wpm)
    {
        var wav = media.Speech(voice, text, wpm);
        var duration = TestMedia.DurationSeconds(wav);
        var (features, segments) = AnalyzerRun.Whole(File.ReadAllBytes(media.Raw(wav)));
        var truth = syllables / duration;
        var estimate = features.Value("speech_rate_sps");
        output.WriteLine($"{voice} {wpm}: truth {truth:0.00} estimate {estimate:0.00} ratio {estimate / truth:0.00} segs {string.Join(",", segments)}");
    }
}
