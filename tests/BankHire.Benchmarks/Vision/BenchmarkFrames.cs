using OpenCvSharp;

namespace BankHire.Benchmarks.Vision;

/// <summary>
/// A webcam-like frame: the astronaut portrait from Debian's python3-skimage (installed, or left in the Vision
/// tests' media cache by a test run) standing in front of a plain wall.
/// </summary>
internal static class BenchmarkFrames
{
    private const string Astronaut = "usr/lib/python3/dist-packages/skimage/data/astronaut.png";

    public static Mat Portrait(int width, int height)
    {
        using var astronaut = Cv2.ImRead(FindAstronaut(), ImreadModes.Color);
        using var portrait = new Mat(astronaut, new Rect(100, 0, 280, 330));
        var frame = new Mat(new Size(width, height), MatType.CV_8UC3, new Scalar(180, 190, 200));
        var h = (int)(height * 0.9);
        var w = portrait.Width * h / portrait.Height;
        using var scaled = portrait.Resize(new Size(w, h), 0, 0, InterpolationFlags.Area);
        using var target = new Mat(frame, new Rect((width - w) / 2, height - h, w, h));
        scaled.CopyTo(target);
        return frame;
    }

    public static byte[] Jpeg(Mat frame)
    {
        Cv2.ImEncode(".jpg", frame, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
        return bytes;
    }

    private static string FindAstronaut()
    {
        var installed = "/" + Astronaut;
        if (File.Exists(installed)) return installed;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var tests = Path.Combine(dir.FullName, "tests", "BankHire.Analysis.Tests", "bin");
            if (!Directory.Exists(tests)) continue;
            var cached = Directory.EnumerateFiles(tests, "astronaut.png", SearchOption.AllDirectories).FirstOrDefault();
            if (cached is not null) return cached;
        }

        throw new FileNotFoundException("astronaut.png not found: apt-get install python3-skimage, or run the Vision tests once.");
    }
}
