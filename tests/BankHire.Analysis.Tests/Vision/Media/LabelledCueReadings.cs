using BankHire.Analysis.Vision;
using OpenCvSharp;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>The cues read on every augmented copy of every labelled face, once per test run.</summary>
public sealed record LabelledCueReading(int Face, LabelledFace Sample, string Variant, FaceCues? Cues);

public static class LabelledCueReadings
{
    private static readonly Lock Gate = new();
    private static IReadOnlyList<LabelledCueReading>? _readings;

    public static IReadOnlyList<LabelledCueReading> Measure(VisionModelsFixture models)
    {
        lock (Gate) return _readings ??= Read(models);
    }

    private static List<LabelledCueReading> Read(VisionModelsFixture models)
    {
        LabelledFaceSet.Prefetch();
        var readings = new List<LabelledCueReading>();
        for (var i = 0; i < LabelledFaceSet.Samples.Length; i++)
        {
            var sample = LabelledFaceSet.Samples[i];
            var (frame, _) = LabelledFaceSet.Frame(sample);
            using (frame)
                for (var v = 0; v < Augmentations.Names.Length; v++)
                {
                    var (copy, centre) = Augmentations.Apply(frame, v);
                    using (copy) readings.Add(new(i, sample, Augmentations.Names[v], CuesOfFaceAt(models, copy, centre)));
                }
        }

        return readings;
    }

    /// <summary>The cues of the face nearest the labelled face's centre; null when no face is found there.</summary>
    private static FaceCues? CuesOfFaceAt(VisionModelsFixture models, Mat frame, Point2f centre)
    {
        var face = models.Faces.Detect(frame).MinBy(f => Distance(f, centre));
        if (face is null || Distance(face, centre) > face.Box.Width / 2) return null;
        using var gray = frame.CvtColor(ColorConversionCodes.BGR2GRAY);
        var landmarks = models.Landmarks.Locate(gray, face);
        return landmarks is null ? null : FaceCues.Read(landmarks, frame.Width, frame.Height, FrameAnalysisOptions.Default);
    }

    private static double Distance(DetectedFace f, Point2f p) =>
        Math.Sqrt(Math.Pow(f.Box.X + f.Box.Width / 2 - p.X, 2) + Math.Pow(f.Box.Y + f.Box.Height / 2 - p.Y, 2));
}
