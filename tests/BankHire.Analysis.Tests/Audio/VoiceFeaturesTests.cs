using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>Pitch and energy respond to the voice the way a listener would hear it.</summary>
[Collection(TestMediaCollection.Name)]
public sealed class VoiceFeaturesTests(TestMedia media, ITestOutputHelper output)
{
    [Fact]
    public void A_male_voice_has_a_male_pitch()
    {
        var pitch = Features(media.Speech("en-us+m1", TestMedia.EnglishA)).Value("pitch_mean_hz");

        Assert.InRange(pitch, 85, 180);
    }

    [Fact]
    public void Raising_the_voice_an_octave_doubles_mean_pitch_and_keeps_its_variability()
    {
        var original = media.Speech("en-us+m1", TestMedia.EnglishB);
        var before = Features(original);
        var after = Features(media.Transformed(original, "pitch", "1200"));

        Assert.InRange(after.Value("pitch_mean_hz") / before.Value("pitch_mean_hz"), 1.8, 2.2);
        Assert.InRange(after.Value("pitch_variability_st") - before.Value("pitch_variability_st"), -1.0, 1.0);
    }

    [Fact]
    public void Halving_the_amplitude_lowers_mean_energy_by_6_dB_and_keeps_the_rest()
    {
        var original = media.Speech("en-us+f2", TestMedia.ThankYou);
        var before = Features(original);
        var after = Features(media.Transformed(original, "vol", "0.5"));

        Assert.InRange(before.Value("energy_mean_db") - after.Value("energy_mean_db"), 5.0, 7.0);
        Assert.InRange(after.Value("energy_variability_db") - before.Value("energy_variability_db"), -1.0, 1.0);
        Assert.InRange(after.Value("speaking_ratio") - before.Value("speaking_ratio"), -0.05, 0.05);
    }

    private IReadOnlyList<BankHire.Analysis.Features.FeatureValue> Features(string wav)
    {
        var features = AnalyzerRun.Whole(File.ReadAllBytes(media.Raw(wav))).Features;
        foreach (var f in features) output.WriteLine($"{Path.GetFileName(wav)} {f.Name} = {f.Value} {f.NoDataReason}");
        return features;
    }
}
