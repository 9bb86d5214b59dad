namespace BankHire.Analysis.Vision;

/// <summary>
/// Eye aspect ratio (Soukupová and Čech, 2016) of each eye: the two lid-to-lid heights over twice the corner-to-corner
/// width. Open eyes measure about 0.25–0.35 and fall towards 0 as the lids close; below
/// <see cref="ClosedBelow"/> (both eyes, averaged) the eyes count as closed — a blink, or eyes shut. A broad smile
/// narrows open eyes to about 0.16 (measured on the labelled faces), hence a threshold below the usual 0.2.
/// </summary>
public sealed record EyeOpenness(double Right, double Left)
{
    public const double ClosedBelow = 0.14;

    public double Mean => (Right + Left) / 2;

    public bool Closed => Mean < ClosedBelow;

    public static EyeOpenness Of(FaceLandmarks face) => new(AspectRatio(face, 36), AspectRatio(face, 42));

    /// <summary>Points first..first+5 run corner, upper lid ×2, corner, lower lid ×2.</summary>
    private static double AspectRatio(FaceLandmarks face, int first)
    {
        var width = FaceLandmarks.Distance(face[first], face[first + 3]);
        if (width < 1e-3) return 0;
        var heights = FaceLandmarks.Distance(face[first + 1], face[first + 5]) + FaceLandmarks.Distance(face[first + 2], face[first + 4]);
        return heights / (2 * width);
    }
}
