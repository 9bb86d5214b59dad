using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// The 150×150 face the recognition net reads, cut as face-api cuts it: the box around the 68 landmarks, widened by
/// 20 %, made square with black margins, scaled bilinearly. One addition: the face is first turned so that the eyes
/// are level (dlib trained the net on upright faces), so a tilted head reads the same as an upright one.
/// </summary>
public static class FaceChip
{
    public const double BoxPadding = 0.2;

    /// <returns>RGB values 0–255, row-major, <see cref="FaceRecognitionNet.InputSize"/> square.</returns>
    public static float[] Cut(Mat bgr, FaceLandmarks face)
    {
        var right = face.RightEyeCentre;
        var left = face.LeftEyeCentre;
        var angle = Math.Atan2(left.Y - right.Y, left.X - right.X) * 180 / Math.PI;
        var centre = new Point2f((right.X + left.X) / 2, (right.Y + left.Y) / 2);
        using var rotation = Cv2.GetRotationMatrix2D(centre, angle, 1);
        var turned = face.Points.Select(p => Rotate(rotation, p)).ToArray();
        double minX = turned.Min(p => p.X), maxX = turned.Max(p => p.X), minY = turned.Min(p => p.Y), maxY = turned.Max(p => p.Y);
        var width = (maxX - minX) * (1 + BoxPadding);
        var height = (maxY - minY) * (1 + BoxPadding);
        var side = Math.Max(width, height);
        var cx = (minX + maxX) / 2;
        var cy = (minY + maxY) / 2;

        // Rotation, then the square around the box onto 150×150, in one warp; outside the picture is black.
        var scale = FaceRecognitionNet.InputSize / side;
        using var toChip = new Mat(2, 3, MatType.CV_64FC1);
        for (var c = 0; c < 3; c++)
        {
            toChip.Set(0, c, rotation.At<double>(0, c) * scale);
            toChip.Set(1, c, rotation.At<double>(1, c) * scale);
        }
        toChip.Set(0, 2, toChip.At<double>(0, 2) - (cx - side / 2) * scale);
        toChip.Set(1, 2, toChip.At<double>(1, 2) - (cy - side / 2) * scale);
        using var chip = new Mat();
        Cv2.WarpAffine(bgr, chip, toChip, new Size(FaceRecognitionNet.InputSize, FaceRecognitionNet.InputSize),
            InterpolationFlags.Linear, BorderTypes.Constant, Scalar.Black);

        chip.GetArray(out Vec3b[] pixels);
        var rgb = new float[pixels.Length * 3];
        for (var i = 0; i < pixels.Length; i++)
        {
            rgb[3 * i] = pixels[i].Item2; rgb[3 * i + 1] = pixels[i].Item1; rgb[3 * i + 2] = pixels[i].Item0;
        }
        return rgb;
    }

    private static Point2d Rotate(Mat m, Point2f p) => new(
        m.At<double>(0, 0) * p.X + m.At<double>(0, 1) * p.Y + m.At<double>(0, 2),
        m.At<double>(1, 0) * p.X + m.At<double>(1, 1) * p.Y + m.At<double>(1, 2));
}
