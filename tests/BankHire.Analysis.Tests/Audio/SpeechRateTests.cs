using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>
/// Speech rate against the syllables actually spoken. espeak-ng at 100–150 words per minute comes out
/// within ±20 %; at 220–250 wpm (6–7 syllables/s) syllables merge and the estimate saturates near
/// 4–5 syllables/s, which the second theory pins down so a change is noticed.
/// </summary>
[Collection(TestMediaCollection.Name)]
public sealed class SpeechRateTests(TestMedia media, ITestOutputHelper output)
{
    public static TheoryData<string, string, int, int> ConversationalSentences => new()
    {
        { "en-us+m1", TestMedia.EnglishA, 19, 150 },
        { "en-us+m1", TestMedia.EnglishB, 17, 150 },
        { "en-us+m1", TestMedia.EnglishA, 19, 100 },
        { "en-us+f2", TestMedia.ThankYou, 8, 150 },
        { TestMedia.MandarinVoice, TestMedia.MandarinA, 17, 150 },
        { TestMedia.MandarinVoice, TestMedia.MandarinB, 17, 150 },
    };

    public static TheoryData<string, string, int, int> FastSentences => new()
    {
        { "en-us+m1", TestMedia.EnglishA, 19, 220 },
        { TestMedia.MandarinVoice, TestMedia.MandarinA, 17, 250 },
    };

    [Theory]
    [MemberData(nameof(ConversationalSentences))]
    public void Conversational_speech_rate_is_within_20_percent(string voice, string text, int syllables, int wpm) =>
        Assert.InRange(RatioToTruth(voice, text, syllables, wpm), 0.8, 1.2);

    [Theory]
    [MemberData(nameof(FastSentences))]
    public void Fast_speech_is_underestimated(string voice, string text, int syllables, int wpm) =>
        Assert.InRange(RatioToTruth(voice, text, syllables, wpm), 0.5, 0.9);

    private double RatioToTruth(string voice, string text, int syllables, int wpm)
    {
        var truth = syllables / TestMedia.DurationSeconds(media.Speech(voice, text, wpm));
        var estimate = Rate(voice, text, wpm);
        output.WriteLine($"{voice} {wpm} wpm: truth {truth:0.00} syllables/s, estimate {estimate:0.00}, ratio {estimate / truth:0.00}");
        return estimate / truth;
    }

    private double Rate(string voice, string text, int wpm) =>
        AnalyzerRun.Whole(File.ReadAllBytes(media.Raw(media.Speech(voice, text, wpm)))).Features.Value("speech_rate_sps");
}
