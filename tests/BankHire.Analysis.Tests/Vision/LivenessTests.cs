using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Liveness on Debian's faces: a still photo never blinks or turns; a photo tilted in front of the camera (a photo of a
/// photo) moves as a flat picture and is refused; a solid head's landmarks turning pass and blinking eyes pass.
/// </summary>
[Collection(VisionCollection.Name)]
public sealed class LivenessTests(VisionModelsFixture models, ITestOutputHelper output)
{
    private static readonly LabelledFace[] Portraits = [.. LabelledFaceSet.Samples.Where(s => !s.Annotated && s.FaceHint.Width >= 90).Take(6)];

    private FaceCheck Check => new(models.Faces, models.Landmarks, FaceRecognizer.Unavailable("not needed for liveness"));

    private static byte[] Jpeg(Mat frame)
    {
        Cv2.ImEncode(".jpg", frame, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
        return bytes;
    }

    /// <summary>The portrait as a printed photo turned about its vertical axis by <paramref name="degrees"/>, seen by a 640-px-focal camera.</summary>
    private static Mat Tilted(Mat frame, double degrees)
    {
        var (w, h) = (frame.Width, frame.Height);
        var f = 640.0;
        var t = degrees * Math.PI / 180;
        Point2f Project(double x, double y)
        {
            var (dx, dy) = (x - w / 2.0, y - h / 2.0);
            var (X, Z) = (dx * Math.Cos(t), f + dx * Math.Sin(t));
            return new Point2f((float)(w / 2.0 + f * X / Z), (float)(h / 2.0 + f * dy / Z));
        }
        var source = new[] { new Point2f(0, 0), new Point2f(w, 0), new Point2f(w, h), new Point2f(0, h) };
        var target = source.Select(p => Project(p.X, p.Y)).ToArray();
        using var transform = Cv2.GetPerspectiveTransform(source, target);
        var result = new Mat();
        Cv2.WarpPerspective(frame, result, transform, frame.Size(), InterpolationFlags.Linear, BorderTypes.Constant, new Scalar(90, 90, 90));
        return result;
    }

    [Fact]
    public void A_still_photo_and_a_photo_tilted_in_front_of_the_camera_are_refused()
    {
        LabelledFaceSet.Prefetch();
        foreach (var sample in Portraits)
        {
            var (frame, _) = LabelledFaceSet.Frame(sample);
            using (frame)
            {
                var still = Enumerable.Repeat(Jpeg(frame), 8).ToArray();
                foreach (var challenge in Enum.GetValues<LivenessChallenge>())
                {
                    var verdict = Check.Check(challenge, still).Liveness;
                    Assert.False(verdict.Passed, $"{sample} still, {challenge}: {verdict.Reason}");
                }

                foreach (var challenge in new[] { LivenessChallenge.TurnLeft, LivenessChallenge.TurnRight })
                foreach (var sign in new[] { 1, -1 })
                {
                    var tilts = new[] { 0, 10, 20, 30, 40, 45, 40, 20 }.Select(d => { using var m = Tilted(frame, sign * d); return Jpeg(m); }).ToArray();
                    var verdict = Check.Check(challenge, tilts).Liveness;
                    output.WriteLine($"{sample} tilted {(sign > 0 ? "one way" : "the other")} for {challenge}: {verdict.Reason}");
                    Assert.False(verdict.Passed, $"{sample} tilted photo passed {challenge}: {verdict.Reason}");
                }
            }
        }
    }

    /// <summary>A generic head's depth per landmark, in inter-ocular distances towards the camera (nose forward, jaw back).</summary>
    private static double Depth(int i) => i switch
    {
        <= 16 => -0.55 + 0.45 * (1 - Math.Abs(i - 8) / 8.0),
        <= 26 => 0.05,
        27 => 0.15, 28 => 0.25, 29 => 0.35, 30 => 0.45,
        <= 35 => 0.3,
        <= 47 => 0,
        _ => 0.2,
    };

    private static LivenessReading Reading(FaceLandmarks points, double yaw, double openness) =>
        new(1, points, new EyeOpenness(openness, openness), new HeadPose(yaw, 0));

    [Fact]
    public void A_solid_head_turning_passes_and_the_same_turn_of_a_flat_picture_does_not()
    {
        var (frame, _) = LabelledFaceSet.Frame(Portraits[0]);
        using var _ = frame;
        using var gray = frame.CvtColor(ColorConversionCodes.BGR2GRAY);
        var face = models.Faces.Detect(frame).Single();
        var points = models.Landmarks.Locate(gray, face)!;
        var centre = (points.RightEyeCentre.X + points.LeftEyeCentre.X) / 2;
        FaceLandmarks Turned(double degrees, bool solid)
        {
            var t = degrees * Math.PI / 180;
            return new FaceLandmarks([.. points.Points.Select((p, i) => new Point2f(
                (float)(centre + (p.X - centre) * Math.Cos(t) + (solid ? Depth(i) * points.InterOcular * Math.Sin(t) : 0)), p.Y))]);
        }

        var head = new[] { 0, 5, 12, 20, 22, 20, 10 }.Select(d => Reading(Turned(d, solid: true), d, 0.3)).ToList();
        var flat = new[] { 0, 5, 12, 20, 22, 20, 10 }.Select(d => Reading(Turned(d, solid: false), d, 0.3)).ToList();
        var passed = LivenessRule.Judge(LivenessChallenge.TurnLeft, head);
        output.WriteLine($"solid head: {passed.Reason}; flat: {LivenessRule.Judge(LivenessChallenge.TurnLeft, flat).Reason}");
        Assert.True(passed.Passed, passed.Reason);
        Assert.False(LivenessRule.Judge(LivenessChallenge.TurnRight, head).Passed);
        Assert.False(LivenessRule.Judge(LivenessChallenge.TurnLeft, flat).Passed);
    }

    [Fact]
    public void Eyes_that_close_and_open_again_are_a_blink_and_a_second_face_refuses()
    {
        var points = new FaceLandmarks([.. Enumerable.Range(0, 68).Select(i => new Point2f(i, i % 7))]);
        var blink = new[] { 0.31, 0.30, 0.32, 0.12, 0.08, 0.29, 0.31 }.Select(v => Reading(points, 0, v)).ToList();
        Assert.True(LivenessRule.Judge(LivenessChallenge.Blink, blink).Passed);
        Assert.False(LivenessRule.Judge(LivenessChallenge.Blink, [.. blink.Take(5)]).Passed); // closed, never opened again
        Assert.False(LivenessRule.Judge(LivenessChallenge.Blink, [.. blink, new LivenessReading(2, null, null, null)]).Passed);
    }
}
