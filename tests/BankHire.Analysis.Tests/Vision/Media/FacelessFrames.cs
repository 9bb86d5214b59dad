using OpenCvSharp;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Frames without a face, each with a name for the accuracy table: Chromium's fake camera (what
/// --use-fake-device-for-media-stream shows: a dark green field, a light green "pacman" disc that turns with
/// time, a running timestamp and bright corner squares), blank walls, noise, and textures from Debian's
/// python3-skimage sample data.
/// </summary>
public static class FacelessFrames
{
    private const string Skimage = "/usr/lib/python3/dist-packages/skimage/data/";

    private static readonly string[] Textures =
        ["brick.png", "grass.png", "gravel.png", "coffee.png", "page.png", "text.png", "hubble_deep_field.jpg", "motorcycle_left.png", "color.png", "rocket.jpg", "moon.png", "coins.png", "chessboard_RGB.png", "logo.png"];

    public static IEnumerable<(string Kind, string Name, Mat Frame)> All(Size size)
    {
        for (var i = 0; i < 8; i++)
            yield return ("Chromium fake camera", $"pacman {i * 45}°", ChromiumFakeCamera(size, i * 45, i * 125));
        yield return ("blank", "grey wall", new Mat(size, MatType.CV_8UC3, new Scalar(128, 128, 128)));
        yield return ("blank", "white wall", new Mat(size, MatType.CV_8UC3, new Scalar(235, 235, 235)));
        yield return ("blank", "warm wall", new Mat(size, MatType.CV_8UC3, new Scalar(150, 190, 215)));
        for (var seed = 0; seed < 3; seed++)
        {
            yield return ("noise", $"uniform {seed}", Noise(size, seed, gaussian: false));
            yield return ("noise", $"gaussian {seed}", Noise(size, seed, gaussian: true));
        }

        DebianPackageFiles.Prefetch("python3-skimage", Textures.Select(t => Skimage + t));
        foreach (var texture in Textures)
        {
            using var image = Cv2.ImRead(DebianPackageFiles.Get("python3-skimage", Skimage + texture), ImreadModes.Color);
            yield return ("texture", texture, image.Resize(size, 0, 0, InterpolationFlags.Area));
        }
    }

    public static Mat ChromiumFakeCamera(Size size, double mouthAngle, int milliseconds)
    {
        var frame = new Mat(size, MatType.CV_8UC3, new Scalar(0, 128, 0));
        var light = new Scalar(16, 255, 64);
        var radius = size.Height / 4;
        Cv2.Ellipse(frame, new Point(size.Width / 2, size.Height / 2), new Size(radius, radius), mouthAngle, 30, 330, light, -1, LineTypes.AntiAlias);
        var square = size.Height / 12;
        foreach (var corner in new[] { new Point(0, 0), new Point(size.Width - square, 0), new Point(0, size.Height - square), new Point(size.Width - square, size.Height - square) })
            Cv2.Rectangle(frame, new Rect(corner, new Size(square, square)), new Scalar(0, 255, 0), -1);
        Cv2.PutText(frame, $"0:00:{milliseconds / 1000:D2}:{milliseconds % 1000:D3} {milliseconds / 33}", new Point(size.Width / 7, size.Height / 10),
            HersheyFonts.HersheySimplex, size.Height / 400.0, light, Math.Max(1, size.Height / 240), LineTypes.AntiAlias);
        return frame;
    }

    private static Mat Noise(Size size, int seed, bool gaussian)
    {
        var random = new Random(seed);
        var pixels = new byte[size.Width * size.Height * 3];
        if (!gaussian) random.NextBytes(pixels);
        else
            for (var i = 0; i < pixels.Length; i++)
            {
                // Box–Muller: mean 128, standard deviation 40.
                var g = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                pixels[i] = (byte)Math.Clamp(128 + 40 * g, 0, 255);
            }

        return Mat.FromPixelData(size.Height, size.Width, MatType.CV_8UC3, pixels).Clone();
    }
}
