using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// A 40-frame answer with a known timeline, sent as browser-like JPEGs: 20 frames of one face, 4 of two faces,
/// 8 of the empty room, 4 black (camera covered) and 4 of the empty room in the dark.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class VisionTimelineTests(VisionModelsFixture models, ITestOutputHelper output)
{
    private enum Shot { OneFace, TwoFaces, Empty, Black, DarkEmpty }

    private static readonly Shot[] Timeline = BuildTimeline();

    // 32 judgeable frames: all but the black and the dark empty ones.
    private const double TruePresence = 24.0 / 32;
    private const double TrueExtraFaces = 4.0 / 32;
    private const double TrueDarkShare = 8.0 / 40;
    private const double Tolerance = 0.05;

    [Fact]
    public void Answer_features_match_the_timeline()
    {
        var (features, observations) = Run(Timeline);
        foreach (var f in features) output.WriteLine($"{f.Name} = {f.Value} {f.NoDataReason}");

        Assert.Equal(FeatureCatalogue.All.Where(d => d.Kind is FeatureKind.Facial or FeatureKind.VideoQuality).Select(d => d.Name).Order(),
            features.Select(f => f.Name).Order());
        Assert.All(features, f => Assert.Equal("vision/blazeface-1.2.0+dlib68-19.24+v6", f.AnalyserVersion));
        Assert.InRange(Value(features, "face_presence_ratio"), TruePresence - Tolerance, TruePresence + Tolerance);
        Assert.InRange(Value(features, "extra_face_ratio"), TrueExtraFaces - Tolerance, TrueExtraFaces + Tolerance);
        Assert.InRange(Value(features, "dark_frame_ratio"), TrueDarkShare - Tolerance, TrueDarkShare + Tolerance);
        Assert.True(Value(features, "eye_contact_ratio") >= 0.9, "the astronaut faces the camera");
        Assert.InRange(Value(features, "blur_score"), 20, 100000);

        var litBrightness = observations.Where((o, i) => Timeline[i] is Shot.OneFace or Shot.Empty).Average(o => o.MeanBrightness);
        Assert.InRange(Value(features, "mean_brightness"), 0.6 * litBrightness, litBrightness);
        if (VisionCueCards.Smile.Released) Assert.True(Value(features, "smile_ratio") >= 0.9, "the astronaut smiles");
        else Assert.Equal(VisionCueCards.Smile.WithheldReason, features.Single(f => f.Name == "smile_ratio").NoDataReason);
        Assert.Equal(VisionCueCards.EyesClosed.WithheldReason, features.Single(f => f.Name == "eyes_closed_ratio").NoDataReason);
        Assert.All(observations.Where(o => o.Landmarks is not null), o => Assert.False(o.EyesClosed, "her eyes are open"));
        foreach (var f in features.Where(f => f.HasValue))
            Assert.InRange(f.Value!.Value, FeatureCatalogue.Get(f.Name).Min, FeatureCatalogue.Get(f.Name).Max);
    }

    [Fact]
    public void Each_frame_gives_the_live_hint_its_shot_calls_for()
    {
        var (_, observations) = Run(Timeline);

        for (var i = 0; i < Timeline.Length; i++)
        {
            var o = observations[i];
            switch (Timeline[i])
            {
                case Shot.TwoFaces:
                    Assert.True(o.MultipleFaces, $"frame {i}: two faces flagged");
                    Assert.True(o.Hints.HasFlag(LiveHint.MultipleFaces));
                    break;
                case Shot.Black or Shot.DarkEmpty:
                    Assert.Equal(LiveHint.TooDark, o.Hints);
                    Assert.False(o.Judgeable);
                    break;
                case Shot.Empty:
                    Assert.Equal(LiveHint.FaceNotVisible, o.Hints);
                    break;
                case Shot.OneFace:
                    Assert.Equal(1, o.FaceCount);
                    Assert.Equal(LiveHint.None, o.Hints);
                    break;
            }
        }
    }

    [Fact]
    public void A_dim_face_is_reported_as_too_dark_and_still_counts_as_present_when_found()
    {
        using var dim = SyntheticFrames.Dimmed(models.Frames.OneFace(), 0.25);
        var o = models.Analyzer.Analyze(SyntheticFrames.Jpeg(dim));
        output.WriteLine($"brightness {o.MeanBrightness:F1}, faces {o.FaceCount}");

        Assert.True(o.TooDark);
        Assert.True(o.Hints.HasFlag(LiveHint.TooDark));
        Assert.False(o.Hints.HasFlag(LiveHint.FaceNotVisible));
        Assert.Equal(o.HasFace, o.Judgeable);
    }

    [Fact]
    public void A_blurred_answer_scores_lower_sharpness_than_a_sharp_one()
    {
        var sharp = models.Analyzer.NewAggregator();
        var blurred = models.Analyzer.NewAggregator();
        for (var i = 0; i < 4; i++)
        {
            using var frame = models.Frames.OneFace();
            sharp.Add(models.Analyzer.Analyze(frame));
            Cv2.GaussianBlur(frame, frame, new Size(0, 0), 3);
            blurred.Add(models.Analyzer.Analyze(frame));
        }

        Assert.True(Value(blurred.Complete(), "blur_score") < 0.5 * Value(sharp.Complete(), "blur_score"));
    }

    private (IReadOnlyList<FeatureValue> Features, List<FrameObservation> Observations) Run(Shot[] timeline)
    {
        var analyzer = models.Analyzer;
        var aggregator = analyzer.NewAggregator();
        var observations = new List<FrameObservation>();
        foreach (var shot in timeline)
        {
            using var frame = Compose(shot);
            var observation = analyzer.Analyze(SyntheticFrames.Jpeg(frame));
            observations.Add(observation);
            aggregator.Add(observation);
        }

        return (aggregator.Complete(), observations);
    }

    private Mat Compose(Shot shot) => shot switch
    {
        Shot.OneFace => models.Frames.OneFace(),
        Shot.TwoFaces => models.Frames.TwoFaces(),
        Shot.Empty => models.Frames.Background(),
        Shot.Black => models.Frames.Black(),
        Shot.DarkEmpty => SyntheticFrames.Dimmed(models.Frames.Background(), 0.12),
        _ => throw new ArgumentOutOfRangeException(nameof(shot)),
    };

    private static Shot[] BuildTimeline()
    {
        var shots = Enumerable.Repeat(Shot.OneFace, 20)
            .Concat(Enumerable.Repeat(Shot.TwoFaces, 4))
            .Concat(Enumerable.Repeat(Shot.Empty, 8))
            .Concat(Enumerable.Repeat(Shot.Black, 4))
            .Concat(Enumerable.Repeat(Shot.DarkEmpty, 4))
            .ToArray();
        new Random(20260501).Shuffle(shots);
        return shots;
    }

    internal static double Value(IReadOnlyList<FeatureValue> features, string name) =>
        features.Single(f => f.Name == name).Value ?? throw new Xunit.Sdk.XunitException($"{name} has no value: {features.Single(f => f.Name == name).NoDataReason}");
}
