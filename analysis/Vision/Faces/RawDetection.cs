namespace BankHire.Analysis.Vision;

/// <summary>
/// A candidate face in model-input pixels: <see cref="Coords"/> holds xmin, ymin, xmax, ymax, then x,y of the
/// six keypoints, so suppression can average every coordinate the same way.
/// </summary>
internal sealed class RawDetection(float score, float[] coords)
{
    public const int CoordCount = 16;

    public float Score { get; } = score;

    public float[] Coords { get; } = coords;

    public float Area => Math.Max(0, Coords[2] - Coords[0]) * Math.Max(0, Coords[3] - Coords[1]);

    public float IntersectionOverUnion(RawDetection other)
    {
        var w = Math.Min(Coords[2], other.Coords[2]) - Math.Max(Coords[0], other.Coords[0]);
        var h = Math.Min(Coords[3], other.Coords[3]) - Math.Max(Coords[1], other.Coords[1]);
        if (w <= 0 || h <= 0) return 0;
        var intersection = w * h;
        return intersection / (Area + other.Area - intersection);
    }
}
