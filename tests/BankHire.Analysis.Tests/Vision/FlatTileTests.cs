using BankHire.Analysis.Vision;
using OpenCvSharp;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// The small-face pass skips tiles with no detail. Every labelled face, cut to its own box (no hair or background
/// around it), shrunk to the smallest promised width (30 px in a 120-px tile), dimmed to a third of its light and
/// placed where it splits across four cells, must keep its tile; a plain wall with a camera's noise must not.
/// </summary>
public sealed class FlatTileTests(ITestOutputHelper output)
{
    private const int Tile = 120;
    private const int Face = 30;

    [Fact]
    public void A_small_dim_face_anywhere_in_a_tile_keeps_the_tile_searched()
    {
        foreach (var sample in LabelledFaceSet.Samples)
        {
            using var image = Cv2.ImRead(DebianPackageFiles.Get(sample.Package, sample.Path), ImreadModes.Color);
            using var faceOnly = new Mat(image, sample.FaceHint.Intersect(new Rect(0, 0, image.Width, image.Height)));
            using var small = faceOnly.Resize(new Size(Face, Face), 0, 0, InterpolationFlags.Area);
            foreach (var (x, y) in new[] { (45, 45), (15, 15), (0, 90), (60, 30) })
            {
                using var tile = Wall(brightness: 120, noise: 2, seed: x + y);
                using (var target = new Mat(tile, new Rect(x, y, Face, Face))) small.CopyTo(target);
                using var dim = new Mat();
                tile.ConvertTo(dim, MatType.CV_8UC3, 1.0 / 3);
                Assert.False(FlatTile.IsFlat(dim), $"{sample} at ({x},{y}) read as a flat tile");
            }
        }
        output.WriteLine($"{LabelledFaceSet.Samples.Length} faces × 4 placements kept their tile.");
    }

    [Theory]
    [InlineData(30, 1.0)]
    [InlineData(120, 1.5)]
    [InlineData(200, 2.0)]
    public void A_plain_wall_with_camera_noise_is_flat(int brightness, double noise)
    {
        using var wall = Wall(brightness, noise, seed: brightness);
        Assert.True(FlatTile.IsFlat(wall));
    }

    [Fact]
    public void A_wall_with_a_picture_frame_edge_is_not_flat()
    {
        using var wall = Wall(150, 1, seed: 7);
        Cv2.Rectangle(wall, new Rect(70, 10, 40, 60), Scalar.All(60), thickness: 2);
        Assert.False(FlatTile.IsFlat(wall));
    }

    private static Mat Wall(int brightness, double noise, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[Tile * Tile * 3];
        for (var i = 0; i < pixels.Length; i++)
        {
            // Box–Muller: a camera's sensor noise around the wall's brightness.
            var g = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            pixels[i] = (byte)Math.Clamp(Math.Round(brightness + noise * g), 0, 255);
        }

        return Mat.FromPixelData(Tile, Tile, MatType.CV_8UC3, pixels).Clone();
    }
}
