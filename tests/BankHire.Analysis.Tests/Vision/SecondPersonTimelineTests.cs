using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// A still candidate with a known timeline, analysed the way an answer is (the frames <see cref="FrameSampling.Default"/>
/// picks: every second one, the small-face pass on every twelfth): 12 frames alone, 12 with a second person sitting
/// beside and further back (a 70-pixel face in 640×480), 6 with nobody, 6 alone again. The features and the live
/// hints must follow the timeline.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class SecondPersonTimelineTests(VisionModelsFixture models, ITestOutputHelper output)
{
    private enum Shot { Alone, WithSecondPerson, Nobody }

    private static readonly Shot[] Timeline =
    [
        .. Enumerable.Repeat(Shot.Alone, 12), .. Enumerable.Repeat(Shot.WithSecondPerson, 12),
        .. Enumerable.Repeat(Shot.Nobody, 6), .. Enumerable.Repeat(Shot.Alone, 6),
    ];

    [Fact]
    public void Presence_absence_and_the_second_person_follow_the_timeline()
    {
        var analyzer = models.Analyzer;
        var aggregator = analyzer.NewAggregator();
        var observations = new List<FrameObservation>();
        using var second = SecondPerson();
        var analysed = Enumerable.Range(0, Timeline.Length).Where(analyzer.Sampling.Analyses).ToList();
        foreach (var i in analysed)
        {
            using var frame = Compose(Timeline[i], second);
            var seen = analyzer.Analyze(SyntheticFrames.Jpeg(frame), frameIndex: i);
            observations.Add(seen);
            aggregator.Add(seen);
            output.WriteLine($"{i,2} {Timeline[i],-16} faces {seen.FaceCount} searched {seen.SmallFacesSearched} hints {seen.Hints}");
        }

        var features = aggregator.Complete();
        Assert.Equal(18, analysed.Count);
        Assert.Equal(15.0 / 18, VisionTimelineTests.Value(features, "face_presence_ratio"), 3);
        // Searched frames are 0, 12 and 24: the one at 12 falls in the second person's 12 frames (6 s, as long as the
        // search interval, so a second person staying that long is always seen).
        Assert.Equal(3, aggregator.Counts.SearchedForSmallFaces);
        Assert.Equal(1.0 / 3, VisionTimelineTests.Value(features, "extra_face_ratio"), 3);
        Assert.True(VisionTimelineTests.Value(features, "eye_contact_ratio") >= 0.9);

        for (var n = 0; n < analysed.Count; n++)
        {
            var (i, o) = (analysed[n], observations[n]);
            Assert.Equal(Timeline[i] == Shot.Nobody, o.Hints.HasFlag(LiveHint.FaceNotVisible));
            if (Timeline[i] != Shot.WithSecondPerson) Assert.False(o.MultipleFaces, $"frame {i}: one face at most");
            else if (o.SmallFacesSearched) Assert.Equal(2, o.FaceCount);
        }

        // The live hint keeps the latest searched frame's answer: from the first search inside the second person's
        // stretch to its end, that frame shows them.
        for (var end = 12; end < 24; end++)
            Assert.True(observations.Where((_, n) => analysed[n] <= end).Last(o => o.SmallFacesSearched).MultipleFaces,
                $"frame {end}: latest search saw one face");
    }

    private Mat Compose(Shot shot, Mat second)
    {
        if (shot == Shot.Nobody) return models.Frames.Background();
        var frame = models.Frames.OneFace();
        if (shot == Shot.WithSecondPerson)
        {
            using var target = new Mat(frame, new Rect(500, 90, second.Width, second.Height));
            second.CopyTo(target);
        }

        return frame;
    }

    /// <summary>Grace Hopper's head, scaled so that her face is 70 px wide (her face is 222 px in the picture).</summary>
    private static Mat SecondPerson()
    {
        var sample = LabelledFaceSet.Samples.Single(s => s.Path.EndsWith("grace_hopper.jpg"));
        using var image = Cv2.ImRead(DebianPackageFiles.Get(sample.Package, sample.Path), ImreadModes.Color);
        var face = sample.FaceHint;
        var crop = new Rect(face.X - face.Width / 3, face.Y - face.Height / 3, face.Width * 5 / 3, face.Height * 5 / 3)
            .Intersect(new Rect(0, 0, image.Width, image.Height));
        using var head = new Mat(image, crop);
        var scale = 70.0 / face.Width;
        return head.Resize(new Size((int)(crop.Width * scale), (int)(crop.Height * scale)), 0, 0, InterpolationFlags.Area);
    }
}
