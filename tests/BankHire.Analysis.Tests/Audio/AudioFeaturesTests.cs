using BankHire.Analysis.Audio;
using BankHire.Analysis.Features;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>Timing features of a whole answer against the timeline the recording was composed from.</summary>
[Collection(TestMediaCollection.Name)]
public sealed class AudioFeaturesTests(TestMedia media)
{
    private const double RatioTolerance = 0.03;
    private const double SecondsTolerance = 0.25;

    [Fact]
    public void Timing_features_match_the_composed_timeline()
    {
        var answer = media.EnglishTimeline;
        var features = AnalyzerRun.Whole(answer.Pcm).Features;

        Assert.InRange(features.Value("speaking_ratio"), answer.SpeakingRatio - RatioTolerance, answer.SpeakingRatio + RatioTolerance);
        Assert.Equal(1, features.Value("pause_count"));
        Assert.InRange(features.Value("mean_pause_s"), 2 - SecondsTolerance, 2 + SecondsTolerance);
        Assert.InRange(features.Value("longest_silence_s"), 2 - SecondsTolerance, 2 + SecondsTolerance);
        var pauseRatio = 2 / answer.TotalSeconds;
        Assert.InRange(features.Value("pause_ratio"), pauseRatio - RatioTolerance, pauseRatio + RatioTolerance);
    }

    [Fact]
    public void One_sentence_has_no_pause_and_says_why_there_is_no_mean_pause()
    {
        var features = AnalyzerRun.Whole(File.ReadAllBytes(media.Raw(media.Speech("en-us+m1", TestMedia.EnglishA)))).Features;

        Assert.Equal(0, features.Value("pause_count"));
        var meanPause = features.Single(f => f.Name == "mean_pause_s");
        Assert.False(meanPause.HasValue);
        Assert.Contains("no pause", meanPause.NoDataReason);
    }

    [Fact]
    public void Room_noise_without_speech_gives_no_data_for_every_feature()
    {
        var features = AnalyzerRun.Whole(File.ReadAllBytes(media.Raw(media.RoomNoise(5)))).Features;

        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.False(f.HasValue);
            Assert.Contains("no speech detected", f.NoDataReason);
        });
    }

    [Fact]
    public void A_too_short_recording_gives_no_data_saying_so()
    {
        var features = AnalyzerRun.Whole(new byte[AudioFormat.BytesPerSample * AudioFormat.SampleRate / 2]).Features;

        Assert.All(features, f => Assert.Contains("too short", f.NoDataReason));
    }

    [Fact]
    public void Every_feature_is_a_catalogued_voice_feature_within_its_range_and_names_the_analyser()
    {
        var features = AnalyzerRun.Whole(media.MandarinTimeline.Pcm).Features;

        Assert.Equal(11, features.Count);
        Assert.All(features, f =>
        {
            var definition = FeatureCatalogue.Get(f.Name);
            Assert.Equal(FeatureKind.Voice, definition.Kind);
            Assert.InRange(f.Value!.Value, definition.Min, definition.Max);
            Assert.Equal(AudioAnalyzer.Version, f.AnalyserVersion);
        });
    }

    [Theory]
    [InlineData(2)]
    [InlineData(334)]
    [InlineData(4096)]
    public void Chunk_size_does_not_change_the_features(int chunkBytes)
    {
        var pcm = media.EnglishTimeline.Pcm;
        var whole = AnalyzerRun.Whole(pcm).Features;

        using var analyzer = new AudioAnalyzer();
        for (var offset = 0; offset < pcm.Length; offset += chunkBytes)
            analyzer.Append(pcm.AsSpan(offset, Math.Min(chunkBytes, pcm.Length - offset)));

        Assert.Equal(whole, analyzer.Complete());
    }
}
