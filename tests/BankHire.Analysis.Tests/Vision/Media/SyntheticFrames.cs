using OpenCvSharp;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Webcam-like frames composed from the Debian pictures, each with a known truth: the astronaut's head and
/// shoulders (one face), two portraits side by side, the coffee table alone (no face), black, and dimmed.
/// </summary>
public sealed class SyntheticFrames : IDisposable
{
    private static readonly Rect PortraitCrop = new(100, 0, 280, 330);

    private readonly Mat _portrait;
    private readonly Mat _background;

    public SyntheticFrames(int width = 640, int height = 480)
    {
        Size = new Size(width, height);
        using var astronaut = Load(TestImages.Astronaut);
        _portrait = new Mat(astronaut, PortraitCrop).Clone();
        using var coffee = Load(TestImages.Coffee);
        _background = coffee.Resize(Size, 0, 0, InterpolationFlags.Area);
    }

    public Size Size { get; }

    public Mat Background() => _background.Clone();

    public Mat OneFace() => Paste(Background(), _portrait, heightShare: 0.9, centreXShare: 0.5, mirror: false);

    public Mat TwoFaces()
    {
        var frame = Paste(Background(), _portrait, heightShare: 0.75, centreXShare: 0.27, mirror: false);
        return Paste(frame, _portrait, heightShare: 0.75, centreXShare: 0.73, mirror: true);
    }

    public Mat Black() => new(Size, MatType.CV_8UC3, Scalar.All(0));

    /// <summary>The frame with its light scaled down, as a candidate in an unlit room.</summary>
    public static Mat Dimmed(Mat frame, double factor)
    {
        var dim = new Mat();
        frame.ConvertTo(dim, MatType.CV_8UC3, factor);
        frame.Dispose();
        return dim;
    }

    public static byte[] Jpeg(Mat frame, int quality = 85)
    {
        Cv2.ImEncode(".jpg", frame, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, quality));
        return bytes;
    }

    public void Dispose()
    {
        _portrait.Dispose();
        _background.Dispose();
    }

    private static Mat Load(string path)
    {
        var image = Cv2.ImRead(path, ImreadModes.Color);
        return image.Empty() ? throw new InvalidOperationException($"Cannot read {path}.") : image;
    }

    /// <summary>Scales the portrait to a share of the frame height and stands it on the bottom edge.</summary>
    private static Mat Paste(Mat frame, Mat portrait, double heightShare, double centreXShare, bool mirror)
    {
        var h = (int)(frame.Height * heightShare);
        var w = (int)(portrait.Width * (double)h / portrait.Height);
        using var scaled = portrait.Resize(new Size(w, h), 0, 0, InterpolationFlags.Area);
        if (mirror) Cv2.Flip(scaled, scaled, FlipMode.Y);
        var x = Math.Clamp((int)(frame.Width * centreXShare) - w / 2, 0, frame.Width - w);
        using var target = new Mat(frame, new Rect(x, frame.Height - h, w, h));
        scaled.CopyTo(target);
        return frame;
    }
}
