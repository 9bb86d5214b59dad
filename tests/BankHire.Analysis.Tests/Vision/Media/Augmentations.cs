using OpenCvSharp;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Copies of a labelled 320×320 face frame as other webcams and rooms would give it: mirrored, the face smaller in
/// the frame, off-centre, darker, brighter, rolled ±8°, heavily compressed. Each keeps the face's labels; each
/// returns where the face's centre moved to, so the right face can be picked.
/// </summary>
public static class Augmentations
{
    public static readonly string[] Names = ["original", "mirrored", "smaller", "off-centre", "darker", "brighter", "rolled +8°", "rolled −8°", "JPEG q35"];

    public static (Mat Frame, Point2f FaceCentre) Apply(Mat frame, int variant)
    {
        var centre = new Point2f(frame.Width / 2f, frame.Height / 2f);
        switch (variant)
        {
            case 0: return (frame.Clone(), centre);
            case 1: return (frame.Flip(FlipMode.Y), centre);
            case 2: return (Affine(frame, Cv2.GetRotationMatrix2D(centre, 0, 0.6)), centre);
            case 3:
            {
                using var shift = Mat.FromArray(new double[,] { { 1, 0, 40 }, { 0, 1, -25 } });
                return (Affine(frame, shift), new Point2f(centre.X + 40, centre.Y - 25));
            }
            case 4: return (Scaled(frame, 0.55, 0), centre);
            case 5: return (Scaled(frame, 1.25, 20), centre);
            case 6: return (Affine(frame, Cv2.GetRotationMatrix2D(centre, 8, 1)), centre);
            case 7: return (Affine(frame, Cv2.GetRotationMatrix2D(centre, -8, 1)), centre);
            case 8:
                Cv2.ImEncode(".jpg", frame, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, 35));
                return (Cv2.ImDecode(bytes, ImreadModes.Color), centre);
            default: throw new ArgumentOutOfRangeException(nameof(variant));
        }
    }

    private static Mat Affine(Mat frame, Mat transform)
    {
        using (transform)
        {
            var result = new Mat();
            Cv2.WarpAffine(frame, result, transform, frame.Size(), InterpolationFlags.Linear, BorderTypes.Replicate);
            return result;
        }
    }

    private static Mat Scaled(Mat frame, double gain, double offset)
    {
        var result = new Mat();
        frame.ConvertTo(result, MatType.CV_8UC3, gain, offset);
        return result;
    }
}
