using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// dlib's model read by our code: its shape, agreement with BlazeFace (an independent model) on where the eyes and
/// mouth are, and consistency when the same face is moved. Errors are in inter-ocular distances (IOD), the usual
/// unit of landmark error (dlib reports about 0.05–0.06 IOD on iBUG 300-W).
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class LandmarkTests(VisionModelsFixture models, ITestOutputHelper output)
{
    [Fact]
    public void The_model_file_is_dlibs_68_point_cascade()
    {
        var model = ShapePredictor.Load(VisionModelsFixture.LandmarkModelPath);

        Assert.Equal((68, 15, 7500), (model.Parts, model.Levels, model.Trees));
        // The mean shape's chin (8) is below its nose tip (30), which is below the eye corners (36, 45).
        Assert.True(model.MeanPoint(8).Y > model.MeanPoint(30).Y && model.MeanPoint(30).Y > model.MeanPoint(36).Y);
        Assert.True(model.MeanPoint(36).X < model.MeanPoint(45).X);
    }

    [Fact]
    public void Landmarks_agree_with_BlazeFace_on_the_labelled_faces_and_follow_the_face_when_it_moves()
    {
        LabelledFaceSet.Prefetch();
        var (agreement, shifted, mirrored) = (new List<double>(), new List<double>(), new List<double>());
        foreach (var sample in LabelledFaceSet.Samples)
        {
            var (frame, _) = LabelledFaceSet.Frame(sample);
            using (frame)
            {
                var (face, points) = Locate(frame);
                var k = face.Keypoints!;
                var iod = points.InterOcular;
                var mouth = points.Mean(60, 67);
                agreement.Add((FaceLandmarks.Distance(points.RightEyeCentre, k.RightEye) + FaceLandmarks.Distance(points.LeftEyeCentre, k.LeftEye)
                    + FaceLandmarks.Distance(mouth, k.Mouth)) / 3 / iod);

                using var moved = Shift(frame, 30, -20);
                var (_, movedPoints) = Locate(moved, new Point2f(face.Box.X + face.Box.Width / 2 + 30, face.Box.Y + face.Box.Height / 2 - 20));
                shifted.Add(Enumerable.Range(0, 68).Average(i => FaceLandmarks.Distance(new Point2f(points[i].X + 30, points[i].Y - 20), movedPoints[i])) / iod);

                using var flipped = frame.Flip(FlipMode.Y);
                var (_, flippedPoints) = Locate(flipped);
                // Mirroring swaps left and right: compare each eye's centre with the other eye's, mirrored back.
                var right = flippedPoints.LeftEyeCentre;
                mirrored.Add(FaceLandmarks.Distance(new Point2f(frame.Width - 1 - right.X, right.Y), points.RightEyeCentre) / iod);
            }
        }

        output.WriteLine($"eye and mouth centres vs BlazeFace: mean {agreement.Average():F3} IOD, worst {agreement.Max():F3}");
        output.WriteLine($"moved by (30, −20) px: mean landmark change {shifted.Average():F3} IOD, worst face {shifted.Max():F3}");
        output.WriteLine($"mirrored: eye centre change {mirrored.Average():F3} IOD, worst {mirrored.Max():F3}");
        Assert.True(agreement.Average() < 0.12 && agreement.Max() < 0.3, "landmarks sit where BlazeFace puts the eyes and mouth");
        Assert.True(shifted.Average() < 0.05, "a moved face gets the same landmarks, moved");
        Assert.True(mirrored.Average() < 0.08, "a mirrored face gets mirrored eyes");
    }

    [Fact]
    public void The_same_frame_gives_the_same_landmarks()
    {
        using var frame = models.Frames.OneFace();
        var (_, first) = Locate(frame);
        var (_, second) = Locate(frame);
        Assert.Equal(first.Points, second.Points);
    }

    /// <summary>The largest face, or the one nearest <paramref name="near"/> (group pictures hold several).</summary>
    private (DetectedFace Face, FaceLandmarks Points) Locate(Mat frame, Point2f? near = null)
    {
        var faces = models.Faces.Detect(frame);
        var face = near is { } p
            ? faces.MinBy(f => FaceLandmarks.Distance(new Point2f(f.Box.X + f.Box.Width / 2, f.Box.Y + f.Box.Height / 2), p))!
            : faces.MaxBy(f => f.Area)!;
        using var gray = frame.CvtColor(ColorConversionCodes.BGR2GRAY);
        return (face, models.Landmarks.Locate(gray, face)!);
    }

    private static Mat Shift(Mat frame, int dx, int dy)
    {
        using var transform = Mat.FromArray(new double[,] { { 1, 0, dx }, { 0, 1, dy } });
        var moved = new Mat();
        Cv2.WarpAffine(frame, moved, transform, frame.Size(), InterpolationFlags.Nearest, BorderTypes.Replicate);
        return moved;
    }
}
