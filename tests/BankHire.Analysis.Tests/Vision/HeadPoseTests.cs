using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

public sealed class HeadPoseTests(ITestOutputHelper output)
{
    // A frontal face: eyes 40 px apart, nose 20 px below the eye line, mouth 40 px below it.
    private static FaceKeypoints Frontal(float noseDx = 0, float noseDy = 20, float eyeSpan = 40) => new(
        RightEye: new Point2f(100 - eyeSpan / 2, 100), LeftEye: new Point2f(100 + eyeSpan / 2, 100),
        Nose: new Point2f(100 + noseDx, 100 + noseDy), Mouth: new Point2f(100, 140),
        RightEar: new Point2f(60, 110), LeftEar: new Point2f(140, 110));

    [Fact]
    public void A_frontal_face_is_looking_at_the_camera()
    {
        var pose = HeadPose.FromKeypoints(Frontal(), boxWidth: 100)!;

        Assert.Equal(0, pose.YawDegrees, 3);
        Assert.Equal(0.5, pose.PitchRatio, 3);
        Assert.Equal(0.4, pose.EyeSpanRatio, 3);
        Assert.True(GazeCone.Default.Contains(pose));
    }

    [Theory]
    [InlineData(12f, 20f)]   // nose 0.3 eye-distances aside: about 31° of yaw
    [InlineData(-12f, 20f)]
    [InlineData(0f, 4f)]     // nose close to the eye line: head tipped back
    [InlineData(0f, 34f)]    // nose close to the mouth: head tipped down
    public void A_turned_or_tipped_head_is_looking_away(float noseDx, float noseDy)
    {
        var pose = HeadPose.FromKeypoints(Frontal(noseDx, noseDy), boxWidth: 100)!;
        output.WriteLine($"yaw {pose.YawDegrees:F1}°, pitch ratio {pose.PitchRatio:F2}");

        Assert.False(GazeCone.Default.Contains(pose));
    }

    [Fact]
    public void A_profile_with_one_eye_hidden_is_looking_away()
    {
        var pose = HeadPose.FromKeypoints(Frontal(eyeSpan: 15), boxWidth: 100)!;

        Assert.False(GazeCone.Default.Contains(pose));
    }

    [Fact]
    public void Rolling_the_head_sideways_does_not_read_as_turning_it()
    {
        var k = Frontal();
        var centre = new Point2f(100, 100);
        Point2f Rotate(Point2f p) => Rotated(p, centre, 30);
        var rolled = new FaceKeypoints(Rotate(k.RightEye), Rotate(k.LeftEye), Rotate(k.Nose), Rotate(k.Mouth), Rotate(k.RightEar), Rotate(k.LeftEar));

        var pose = HeadPose.FromKeypoints(rolled, boxWidth: 100)!;

        Assert.Equal(30, pose.RollDegrees, 3);
        Assert.Equal(0, pose.YawDegrees, 3);
        Assert.Equal(0.5, pose.PitchRatio, 3);
        Assert.True(GazeCone.Default.Contains(pose));
    }

    [Fact]
    public void Keypoints_with_the_mouth_above_the_eyes_give_no_pose()
    {
        var k = Frontal() with { Mouth = new Point2f(100, 80) };
        Assert.Null(HeadPose.FromKeypoints(k, boxWidth: 100));
    }

    private static Point2f Rotated(Point2f p, Point2f c, double degrees)
    {
        var r = degrees * Math.PI / 180;
        var (dx, dy) = (p.X - c.X, p.Y - c.Y);
        return new Point2f((float)(c.X + dx * Math.Cos(r) - dy * Math.Sin(r)), (float)(c.Y + dx * Math.Sin(r) + dy * Math.Cos(r)));
    }
}
