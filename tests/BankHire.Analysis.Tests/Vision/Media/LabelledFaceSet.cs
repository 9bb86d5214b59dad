using OpenCvSharp;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Faces found in pictures that Debian ships (OpenCV's documentation, matplotlib's and scikit-image's sample data),
/// labelled by eye. Smile: "smiling" means a visible smile (lips drawn up, usually teeth), "neutral" everything else
/// (closed or talking mouth, shouting); ambiguous faces (a faint smirk, a hand over the mouth) were left out. Gaze:
/// "toward" a head turned at the camera, "away" one clearly turned or tipped away; in-between heads carry no gaze
/// label. Some documentation pictures carry drawn landmark dots or contours (<see cref="LabelledFace.Annotated"/>).
/// The face hint is where OpenCV's Haar face cascade found the face, used to pick the right face.
/// </summary>
public static class LabelledFaceSet
{
    private const string Doc = "/usr/share/doc/opencv-doc/opencv4/html/";

    public static readonly LabelledFace[] Samples =
    [
        // Smiling
        new LabelledFace("opencv-doc", Doc + "227943776_1.jpg", new Rect(112, 95, 183, 183), true, false, false),
        new LabelledFace("opencv-doc", Doc + "Cascade_Classifier_Tutorial_Result_Haar.jpg", new Rect(134, 148, 261, 261), true, false, true),
        new LabelledFace("python3-skimage", "/usr/lib/python3/dist-packages/skimage/data/astronaut.png", new Rect(177, 66, 95, 95), true, false, true),
        new LabelledFace("opencv-doc", Doc + "face_swapped.jpg", new Rect(85, 67, 137, 137), true, false, null),
        new LabelledFace("opencv-doc", Doc + "facereg.jpg", new Rect(116, 8, 70, 70), true, true, true),
        new LabelledFace("opencv-doc", Doc + "facereg.jpg", new Rect(16, 106, 73, 73), true, true, null),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(466, 103, 70, 70), true, true, true),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(173, 172, 94, 94), true, true, false),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(547, 179, 78, 78), true, true, null),
        new LabelledFace("opencv-doc", Doc + "3.jpg", new Rect(349, 70, 63, 63), true, true, false),
        // Neutral
        new LabelledFace("opencv-doc", Doc + "imgs.jpg", new Rect(1919, 192, 114, 114), false, false, true),
        new LabelledFace("opencv-doc", Doc + "230501201_1.jpg", new Rect(113, 211, 375, 375), false, false, null),
        new LabelledFace("opencv-doc", Doc + "inpaint_basics.jpg", new Rect(122, 10, 65, 65), false, false, true),
        new LabelledFace("opencv-doc", Doc + "inpaint_result.jpg", new Rect(51, 28, 69, 69), false, false, false),
        new LabelledFace("opencv-doc", Doc + "example.jpg", new Rect(25, 151, 348, 348), false, false, true),
        new LabelledFace("opencv-doc", Doc + "resimg.jpg", new Rect(223, 174, 126, 126), false, false, false),
        new LabelledFace("opencv-doc", Doc + "05.jpg", new Rect(126, 115, 300, 300), false, false, false),
        new LabelledFace("opencv-doc", Doc + "12.jpg", new Rect(114, 24, 337, 337), false, false, null),
        new LabelledFace("opencv-doc", Doc + "blurred.png", new Rect(208, 202, 189, 189), false, false, false),
        new LabelledFace("python-matplotlib-data", "/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg", new Rect(155, 105, 222, 222), false, false, true),
        new LabelledFace("opencv-doc", Doc + "facereg.jpg", new Rect(12, 7, 72, 72), false, true, true),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(3, 99, 66, 66), false, true, null),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(628, 172, 90, 90), false, true, false),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(98, 180, 80, 80), false, true, false),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(91, 93, 72, 72), false, true, false),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(360, 96, 70, 70), false, true, false),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(2, 169, 97, 97), false, true, true),
        new LabelledFace("opencv-doc", Doc + "2.jpg", new Rect(542, 82, 92, 92), false, true, true),
        new LabelledFace("opencv-doc", Doc + "3.jpg", new Rect(210, 2, 63, 63), false, true, false),
    ];

    /// <summary>
    /// The face as a webcam would frame it: a square 2.2 face-widths wide around the hint (edges replicated
    /// where the picture ends), scaled to 320×320. Also returns the hint's box inside that frame.
    /// </summary>
    public static void Prefetch()
    {
        foreach (var package in Samples.GroupBy(s => s.Package))
            DebianPackageFiles.Prefetch(package.Key, package.Select(s => s.Path));
    }

    public static (Mat Frame, Rect2f ExpectedFace) Frame(LabelledFace sample)
    {
        using var image = Cv2.ImRead(DebianPackageFiles.Get(sample.Package, sample.Path), ImreadModes.Color);
        if (image.Empty()) throw new InvalidOperationException($"Cannot read {sample.Path}.");
        var hint = sample.FaceHint;
        var side = (int)(hint.Width * 2.2);
        var x = hint.X + hint.Width / 2 - side / 2;
        var y = hint.Y + hint.Height / 2 - side / 2;

        using var padded = new Mat();
        Cv2.CopyMakeBorder(image, padded, side, side, side, side, BorderTypes.Replicate);
        using var square = new Mat(padded, new Rect(x + side, y + side, side, side));
        var frame = square.Resize(new Size(320, 320), 0, 0, InterpolationFlags.Area);
        var scale = 320f / side;
        return (frame, new Rect2f((hint.X - x) * scale, (hint.Y - y) * scale, hint.Width * scale, hint.Height * scale));
    }
}

/// <param name="LooksAtCamera">Gaze label: true toward the camera, false clearly away, null in between (not scored).</param>
public sealed record LabelledFace(string Package, string Path, Rect FaceHint, bool Smiling, bool Annotated, bool? LooksAtCamera)
{
    public override string ToString() => $"{System.IO.Path.GetFileName(Path)}@{FaceHint.X},{FaceHint.Y}";
}
