using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// The overlapping squares the small-face pass runs BlazeFace on. BlazeFace sees a frame at 128×128, where a face
/// must be about 20 px wide to be found reliably (measured: see the Vision README); a 640-pixel frame shrinks a 50-pixel
/// face to 10 px. Each tile is sized so that the smallest face the product promises to find
/// (<see cref="SmallestFace"/>) reaches that size, and neighbours overlap by more than the largest face the
/// tile pass is asked for, so every such face lies whole inside some tile.
/// </summary>
public static class SmallFaceTiles
{
    /// <summary>Face width at the model's input above which BlazeFace finds faces reliably.</summary>
    public const double ReliableInputWidth = 32;

    /// <summary>
    /// Tile faces wider than this share of a tile are left to the full-frame pass (which finds them), so a face
    /// the overlap (≥ 40 % of a side) could show twice is counted once.
    /// </summary>
    public const double LargestFaceShare = 0.8;

    /// <summary>The smallest face promised: 50 px in a 640-pixel frame, 30 px in a 320-pixel one.</summary>
    /// <summary>The crop a tile face is looked at again in, in face widths (the face is then ≈ 40 px at the model's input).</summary>
    public const double VerifyCropFactor = 3;

    /// <summary>The score the second look must reach.</summary>
    public const float VerifyMinScore = 0.75f;

    public static double SmallestFace(int width) => Math.Max(30, width * 50.0 / 640);

    public static int TileSide(int width, int height) =>
        Math.Min(Math.Min(width, height), (int)Math.Ceiling(SmallestFace(width) * BlazeFaceAnchors.InputSize / ReliableInputWidth));

    public static IReadOnlyList<Rect> For(int width, int height)
    {
        var side = TileSide(width, height);
        var tiles = new List<Rect>();
        foreach (var y in Starts(height, side))
        foreach (var x in Starts(width, side))
            tiles.Add(new Rect(x, y, side, side));
        return tiles;
    }

    /// <summary>Tile starts from 0 to length − side, at most 60 % of a side apart (so neighbours overlap by ≥ 40 %).</summary>
    private static IEnumerable<int> Starts(int length, int side)
    {
        var count = length <= side ? 1 : (int)Math.Ceiling((length - side) / (0.6 * side)) + 1;
        for (var i = 0; i < count; i++) yield return count == 1 ? 0 : (int)Math.Round(i * (length - side) / (double)(count - 1));
    }
}
