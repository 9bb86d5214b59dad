using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Measures the smile cue on the hand-labelled Debian faces and holds <see cref="SmileValidation"/> to the
/// measurement: change the detector and this test tells you to re-state its accuracy.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class SmileValidationTests(VisionModelsFixture models, ITestOutputHelper output)
{
    [Fact]
    public void The_stated_smile_accuracy_is_the_measured_one_and_decides_whether_smile_ratio_is_reported()
    {
        var strengths = Measure();
        var labels = SmileValidationSet.Samples.Select(s => s.Smiling).ToArray();

        var leaveOneOut = Enumerable.Range(0, labels.Length).Count(i =>
        {
            var others = Enumerable.Range(0, labels.Length).Where(j => j != i).ToArray();
            var threshold = BestThreshold(others.Select(j => strengths[j]).ToArray(), others.Select(j => labels[j]).ToArray());
            return strengths[i] >= threshold == labels[i];
        });
        var atDefault = Correct(strengths, labels, SmileDetector.DefaultMinStrength);
        output.WriteLine($"leave-one-out {leaveOneOut}/{labels.Length}; default threshold {SmileDetector.DefaultMinStrength}: {atDefault}/{labels.Length}");

        Assert.Equal(SmileValidation.LabelledFaces, labels.Length);
        Assert.Equal(SmileValidation.CorrectLeaveOneOut, leaveOneOut);
        Assert.Equal(Correct(strengths, labels, BestThreshold(strengths, labels)), atDefault);

        var aggregator = new VisionAggregator(models.Faces.AnalyserVersion);
        using var face = models.Frames.OneFace();
        aggregator.Add(models.Analyzer.Analyze(face));
        var smile = aggregator.Complete().Single(f => f.Name == "smile_ratio");
        Assert.Equal(SmileValidation.Trusted, smile.HasValue);
        if (!smile.HasValue) Assert.Equal(SmileValidation.WithheldReason, smile.NoDataReason);
    }

    [Fact]
    public void The_smiling_astronaut_reads_as_a_smile_frame_by_frame()
    {
        using var face = models.Frames.OneFace();
        var observation = models.Analyzer.Analyze(SyntheticFrames.Jpeg(face));

        Assert.True(observation.Smile?.Smiling, $"strength {observation.Smile?.Strength}");
    }

    private int[] Measure()
    {
        SmileValidationSet.Prefetch();
        return SmileValidationSet.Samples.Select(sample =>
        {
            var (frame, expected) = SmileValidationSet.Frame(sample);
            using (frame)
            {
                var face = models.Faces.Detect(frame).MaxBy(f => BlazeFaceDetectionTests.IoU(f.Box, expected));
                Assert.True(face is not null && BlazeFaceDetectionTests.IoU(face.Box, expected) > 0.3, $"BlazeFace finds {sample}");
                var strength = models.Smiles.Read(frame, face).Strength;
                output.WriteLine($"{(sample.Smiling ? "smiling" : "neutral")} {strength,4}  {sample}{(sample.Annotated ? " (drawn landmarks)" : "")}");
                return strength;
            }
        }).ToArray();
    }

    private static int BestThreshold(int[] strengths, bool[] labels) =>
        strengths.Distinct().Order().MaxBy(t => Correct(strengths, labels, t));

    private static int Correct(int[] strengths, bool[] labels, int threshold) =>
        strengths.Where((s, i) => s >= threshold == labels[i]).Count();
}
