using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// solvePnP on landmarks made by projecting a face of known pose through a webcam-like camera: the pose comes back,
/// relative to the line of sight (a face off to the side that turns to the lens is looking at the camera).
/// </summary>
public sealed class HeadPoseTests(ITestOutputHelper output)
{
    private const int Width = 640, Height = 480;

    // The six landmarks HeadPose uses, on a face a little narrower and deeper than its generic model.
    private static readonly (int Part, Point3d Position)[] Face =
    [
        (30, new(0, 0, 0)), (8, new(0, 340, 75)), (36, new(-215, -160, 140)), (45, new(215, -160, 140)), (48, new(-140, 155, 130)), (54, new(140, 155, 130)),
    ];

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(30, 0, 0)]
    [InlineData(-30, 0, 0)]
    [InlineData(0, 20, 0)]
    [InlineData(0, -15, 0)]
    [InlineData(12, 8, 0)]
    public void The_pose_of_a_face_in_front_of_the_lens_is_recovered(double yaw, double pitch, double offsetX)
    {
        var pose = HeadPose.Solve(Project(yaw, pitch, offsetX, roll: 0), Width, Height)!;
        output.WriteLine($"yaw {pose.YawDegrees:F1}° pitch {pose.PitchDegrees:F1}°");

        Assert.InRange(pose.YawDegrees, yaw - 4, yaw + 4);
        Assert.InRange(pose.PitchDegrees, pitch - 5, pitch + 5);
    }

    [Fact]
    public void A_face_at_the_side_of_the_frame_turned_to_the_lens_is_looking_at_the_camera()
    {
        // 1 m away and 35 cm to the right; turned by atan(0.35) ≈ 19° towards the lens, i.e. facing it.
        var pose = HeadPose.Solve(Project(yaw: -19.3, pitch: 0, offsetX: 1300, roll: 0), Width, Height)!;

        Assert.InRange(pose.YawDegrees, -4, 4);
    }

    [Fact]
    public void Rolling_the_head_sideways_does_not_read_as_turning_it()
    {
        var pose = HeadPose.Solve(Project(yaw: 0, pitch: 0, offsetX: 0, roll: 25), Width, Height)!;

        Assert.InRange(pose.YawDegrees, -4, 4);
        Assert.InRange(pose.PitchDegrees, -5, 5);
    }

    [Fact]
    public void Closed_eyes_or_a_turned_head_are_outside_the_gaze_cone()
    {
        var open = new EyeOpenness(0.3, 0.3);
        Assert.True(GazeCone.Default.Contains(new HeadPose(5, 10), open));
        Assert.False(GazeCone.Default.Contains(new HeadPose(5, 10), new EyeOpenness(0.1, 0.12)));
        Assert.False(GazeCone.Default.Contains(new HeadPose(28, 0), open));
        Assert.False(GazeCone.Default.Contains(new HeadPose(0, 35), open));
        Assert.False(GazeCone.Default.Contains(new HeadPose(0, -22), open));
    }

    /// <summary>The face 3,700 model units (about 0.6 m) in front of a camera whose focal length is the frame width.</summary>
    private static FaceLandmarks Project(double yaw, double pitch, double offsetX, double roll)
    {
        const double distance = 3700;
        double focal = Width, cx = Width / 2.0, cy = Height / 2.0;
        var (y, p, r) = (yaw * Math.PI / 180, pitch * Math.PI / 180, roll * Math.PI / 180);
        var points = Enumerable.Repeat(new Point2f((float)cx, (float)cy), FaceLandmarks.Count).ToArray();
        foreach (var (part, q) in Face)
        {
            // Roll about the view axis, pitch (positive: face tips down), then yaw (positive: face turns to the image's right).
            var (x1, y1) = (q.X * Math.Cos(r) - q.Y * Math.Sin(r), q.X * Math.Sin(r) + q.Y * Math.Cos(r));
            var (y2, z2) = (y1 * Math.Cos(p) - q.Z * Math.Sin(p), y1 * Math.Sin(p) + q.Z * Math.Cos(p));
            var (x3, z3) = (x1 * Math.Cos(y) - z2 * Math.Sin(y), x1 * Math.Sin(y) + z2 * Math.Cos(y));
            var (X, Y, Z) = (x3 + offsetX, y2, z3 + distance);
            points[part] = new Point2f((float)(cx + focal * X / Z), (float)(cy + focal * Y / Z));
        }

        // HeadPose needs only its six parts; put the eye rings around the corners so eye centres exist.
        for (var i = 37; i <= 41; i++) points[i] = points[36];
        for (var i = 42; i <= 44; i++) points[i] = points[45];
        for (var i = 46; i <= 47; i++) points[i] = points[45];
        return new FaceLandmarks(points);
    }
}
