using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

[Collection(VisionCollection.Name)]
public sealed class BlazeFaceDetectionTests(VisionModelsFixture models, ITestOutputHelper output)
{
    [Fact]
    public void The_default_detector_is_the_neural_model()
    {
        Assert.Equal(FaceDetectorKind.BlazeFace, models.Faces.Kind);
        Assert.Equal("vision/blazeface-1.2.0+dlib68-19.24+v6", models.Analyzer.AnalyserVersion);
        Assert.True(models.Faces.SearchesSmallFacesOnCanvas);
        using var tiles = FaceDetector.CreateBlazeFace(ModelFiles.BlazeFacePath, new FaceDetectorOptions { SmallFacesOnCanvas = false });
        Assert.Equal("vision/blazeface-1.2.0+dlib68-19.24+v5", new FrameAnalyzer(tiles, models.Landmarks).AnalyserVersion);
    }

    [Fact]
    public void Finds_the_astronaut_with_her_keypoints_in_anatomical_order()
    {
        using var image = Cv2.ImRead(TestImages.Astronaut);
        var faces = models.Faces.Detect(image);

        var face = Assert.Single(faces);
        output.WriteLine($"{face.Box} score {face.Score:F3} {face.Keypoints}");
        Assert.True(face.Score > 0.8f, $"score {face.Score}");
        // Where OpenCV's own Haar cascade puts her face in this picture (177,66 95×95), give or take.
        Assert.True(IoU(face.Box, new Rect2f(177, 66, 95, 95)) > 0.5, $"box {face.Box}");

        var k = face.Keypoints!;
        Assert.True(k.RightEye.X < k.Nose.X && k.Nose.X < k.LeftEye.X, "her right eye is on the image's left");
        Assert.True(k.RightEye.Y < k.Nose.Y && k.Nose.Y < k.Mouth.Y, "eyes above nose above mouth");
        Assert.True(k.RightEar.X < k.RightEye.X && k.LeftEar.X > k.LeftEye.X, "ears outside the eyes");
        Assert.True(face.Box.Contains(k.Nose) && face.Box.Contains(k.Mouth));
    }

    [Fact]
    public void Finds_both_faces_and_nothing_on_a_face_free_picture()
    {
        using var two = models.Frames.TwoFaces();
        using var none = models.Frames.Background();

        Assert.Equal(2, models.Faces.Detect(two).Count);
        Assert.Empty(models.Faces.Detect(none));
    }

    [Fact]
    public void Boxes_follow_the_face_in_frame_pixels_whatever_the_aspect_ratio()
    {
        // The head-and-shoulders crop, alone and letterboxed into a landscape frame 160 px wider.
        using var image = Cv2.ImRead(TestImages.Astronaut);
        using var portrait = new Mat(image, new Rect(100, 0, 280, 330));
        using var wide = new Mat(new Size(440, 330), MatType.CV_8UC3, Scalar.All(0));
        using (var right = new Mat(wide, new Rect(160, 0, 280, 330))) portrait.CopyTo(right);

        var inPortrait = Assert.Single(models.Faces.Detect(portrait)).Box;
        var inWide = Assert.Single(models.Faces.Detect(wide)).Box;

        Assert.InRange(inWide.X - 160 - inPortrait.X, -6, 6);
        Assert.InRange(inWide.Y - inPortrait.Y, -6, 6);
        Assert.InRange(inWide.Width / inPortrait.Width, 0.9, 1.1);
    }

    [Fact]
    public void The_Haar_fallback_finds_the_face_without_keypoints()
    {
        var cascade = ModelFiles.FindCascade(ModelFiles.FrontalFaceCascadeFileName)!;
        using var haar = FaceDetector.CreateHaar(cascade);
        using var image = Cv2.ImRead(TestImages.Astronaut);

        var face = Assert.Single(haar.Detect(image));
        Assert.Null(face.Keypoints);
        Assert.Equal("vision/haar-frontalface-default+v6", new FrameAnalyzer(haar, models.Landmarks).AnalyserVersion);
        Assert.True(IoU(face.Box, new Rect2f(177, 66, 95, 95)) > 0.5);
    }

    [Fact]
    public void Rejects_images_that_are_not_8_bit_BGR()
    {
        using var gray = new Mat(new Size(64, 64), MatType.CV_8UC1, Scalar.All(0));
        Assert.Throws<ArgumentException>(() => models.Faces.Detect(gray));
    }

    internal static double IoU(Rect2f a, Rect2f b)
    {
        var w = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var h = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        if (w <= 0 || h <= 0) return 0;
        var i = w * h;
        return i / (a.Width * a.Height + b.Width * b.Height - i);
    }
}
