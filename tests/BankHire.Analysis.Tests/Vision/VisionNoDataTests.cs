using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

[Collection(VisionCollection.Name)]
public sealed class VisionNoDataTests(VisionModelsFixture models)
{
    private static readonly string[] FaceFeatures = ["face_presence_ratio", "eye_contact_ratio", "smile_ratio", "eyes_closed_ratio", "extra_face_ratio"];

    [Fact]
    public void No_frames_give_no_data_for_every_feature()
    {
        var features = new VisionAggregator(VisionAnalyserVersion.Current).Complete();

        Assert.Equal(8, features.Count);
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
        var aggregator = models.Analyzer.NewAggregator();
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
        var aggregator = models.Analyzer.NewAggregator();
        aggregator.Add(models.Analyzer.Analyze("not a jpeg"u8));
        aggregator.Add(models.Analyzer.Analyze("still not"u8));

        Assert.All(aggregator.Complete(), f => Assert.Equal("none of the 2 frames could be decoded", f.NoDataReason));
    }

    [Fact]
    public void An_empty_room_has_zero_presence_and_no_gaze_or_smile_to_report()
    {
        var aggregator = models.Analyzer.NewAggregator();
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
        var analyzer = new FrameAnalyzer(haar, models.Landmarks);
        var aggregator = analyzer.NewAggregator();
        using var face = models.Frames.OneFace();
        aggregator.Add(analyzer.Analyze(face));

        var features = aggregator.Complete();

        Assert.Equal(1.0, Get(features, "face_presence_ratio").Value);
        Assert.Contains("no keypoints", Get(features, "eye_contact_ratio").NoDataReason);
        Assert.All(features, f => Assert.Equal("vision/haar-frontalface-default+v6", f.AnalyserVersion));
    }

    [Fact]
    public void Without_the_landmark_model_the_landmark_cues_say_why_and_the_rest_is_measured()
    {
        var analyzer = new FrameAnalyzer(models.Faces, FaceLandmarker.Unavailable("landmark model not installed (test)"));
        var aggregator = analyzer.NewAggregator();
        using var face = models.Frames.OneFace();
        aggregator.Add(analyzer.Analyze(face));

        var features = aggregator.Complete();

        Assert.Equal(1.0, Get(features, "face_presence_ratio").Value);
        foreach (var name in new[] { "eye_contact_ratio", "smile_ratio", "eyes_closed_ratio" })
            Assert.Equal("landmark model not installed (test)", Get(features, name).NoDataReason);
        Assert.All(features, f => Assert.Equal("vision/blazeface-1.2.0+v6", f.AnalyserVersion));
    }

    [Fact]
    public void A_missing_or_corrupt_landmark_file_is_reported_not_thrown()
    {
        var folder = Directory.CreateTempSubdirectory("bankhire-dlib-").FullName;
        try
        {
            var corrupt = Path.Combine(folder, LandmarkModelFile.FileName);
            File.WriteAllBytes(corrupt, [1, 7, 0, 0]);
            Assert.Throws<InvalidDataException>(() => FaceLandmarker.Load(corrupt));
            var empty = Path.Combine(folder, "empty.dat");
            File.WriteAllBytes(empty, []);
            Assert.Throws<EndOfStreamException>(() => FaceLandmarker.Load(empty));
            Assert.False(FaceLandmarker.Unavailable("missing").Available);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static FeatureValue Get(IReadOnlyList<FeatureValue> features, string name) => features.Single(f => f.Name == name);
}
