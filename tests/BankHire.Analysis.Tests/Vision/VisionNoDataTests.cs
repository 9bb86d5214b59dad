using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

[Collection(VisionCollection.Name)]
public sealed class VisionNoDataTests(VisionModelsFixture models)
{
    private static readonly string[] FaceFeatures = ["face_presence_ratio", "eye_contact_ratio", "smile_ratio", "extra_face_ratio"];

    [Fact]
    public void No_frames_give_no_data_for_every_feature()
    {
        var features = new VisionAggregator(VisionAnalyserVersion.Current).Complete();

        Assert.Equal(7, features.Count);
        Assert.All(features, f =>
        {
            Assert.False(f.HasValue);
            Assert.Equal("no frames received", f.NoDataReason);
            Assert.Equal(VisionAnalyserVersion.Current, f.AnalyserVersion);
        });
    }

    [Fact]
    public void An_all_black_answer_measures_the_light_and_says_why_faces_are_unknown()
    {
        var aggregator = new VisionAggregator(models.Faces.AnalyserVersion);
        for (var i = 0; i < 5; i++)
        {
            using var black = models.Frames.Black();
            aggregator.Add(models.Analyzer.Analyze(SyntheticFrames.Jpeg(black)));
        }

        var features = aggregator.Complete();

        Assert.All(features.Where(f => FaceFeatures.Contains(f.Name)), f =>
        {
            Assert.Null(f.Value);
            Assert.Contains("too dark", f.NoDataReason);
        });
        Assert.Equal(1.0, Get(features, "dark_frame_ratio").Value);
        Assert.InRange(Get(features, "mean_brightness").Value!.Value, 0, 2);
        Assert.Contains("too dark", Get(features, "blur_score").NoDataReason);
    }

    [Fact]
    public void An_answer_of_unreadable_frames_says_so()
    {
        var aggregator = new VisionAggregator(models.Faces.AnalyserVersion);
        aggregator.Add(models.Analyzer.Analyze("not a jpeg"u8));
        aggregator.Add(models.Analyzer.Analyze("still not"u8));

        Assert.All(aggregator.Complete(), f => Assert.Equal("none of the 2 frames could be decoded", f.NoDataReason));
    }

    [Fact]
    public void An_empty_room_has_zero_presence_and_no_gaze_or_smile_to_report()
    {
        var aggregator = new VisionAggregator(models.Faces.AnalyserVersion);
        using var room = models.Frames.Background();
        aggregator.Add(models.Analyzer.Analyze(room));

        var features = aggregator.Complete();

        Assert.Equal(0.0, Get(features, "face_presence_ratio").Value);
        Assert.Equal(0.0, Get(features, "extra_face_ratio").Value);
        Assert.Equal("no face was visible in any frame", Get(features, "eye_contact_ratio").NoDataReason);
        Assert.Equal("no face was visible in any frame", Get(features, "smile_ratio").NoDataReason);
    }

    [Fact]
    public void With_the_Haar_fallback_gaze_is_no_data_rather_than_a_guess()
    {
        using var haar = FaceDetector.CreateHaar(ModelFiles.FindCascade(ModelFiles.FrontalFaceCascadeFileName)!);
        var analyzer = new FrameAnalyzer(haar, models.Smiles);
        var aggregator = new VisionAggregator(analyzer.AnalyserVersion);
        using var face = models.Frames.OneFace();
        aggregator.Add(analyzer.Analyze(face));

        var features = aggregator.Complete();

        Assert.Equal(1.0, Get(features, "face_presence_ratio").Value);
        Assert.Contains("no keypoints", Get(features, "eye_contact_ratio").NoDataReason);
        Assert.All(features, f => Assert.Equal("vision/haar-frontalface-default+v1", f.AnalyserVersion));
    }

    private static FeatureValue Get(IReadOnlyList<FeatureValue> features, string name) => features.Single(f => f.Name == name);
}
