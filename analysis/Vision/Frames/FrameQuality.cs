using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>Light and sharpness of a frame: mean luma and the variance of the Laplacian of the luma (from the grey frame).</summary>
public readonly record struct FrameQuality(double MeanBrightness, double BlurScore)
{
    public static FrameQuality Measure(Mat gray, int blurReferenceWidth)
    {
        var brightness = Cv2.Mean(gray).Val0;

        using var reference = new Mat();
        var width = gray.Width;
        if (width != blurReferenceWidth)
        {
            var height = Math.Max(1, (int)Math.Round(gray.Height * (double)blurReferenceWidth / width));
            var interpolation = width > blurReferenceWidth ? InterpolationFlags.Area : InterpolationFlags.Linear;
            Cv2.Resize(gray, reference, new Size(blurReferenceWidth, height), 0, 0, interpolation);
        }
        else
        {
            gray.CopyTo(reference);
        }

        using var laplacian = new Mat();
        Cv2.Laplacian(reference, laplacian, MatType.CV_64F);
        Cv2.MeanStdDev(laplacian, out _, out var stdDev);
        return new FrameQuality(brightness, stdDev.Val0 * stdDev.Val0);
    }
}
