namespace BankHire.Analysis.Vision;

/// <summary>
/// The small-face search in one inference: the whole frame scaled so that the smallest face promised
/// (<see cref="SmallFaceTiles.SmallestFace"/>) reaches the width BlazeFace finds reliably
/// (<see cref="SmallFaceTiles.ReliableInputWidth"/>), the same scale the tiles give it, on a canvas of that size. Where
/// the tiles cut the frame into 12–20 overlapping squares (each a 128×128 inference, seams and all), the canvas sees every
/// face whole once: 352×256 at 320×240 (5.5 tiles' pixels instead of 12), 416×320 at 640×480 (8.1 instead of 20).
/// </summary>
public static class SmallFaceCanvas
{
    /// <summary>How much the frame is scaled: 32/30 at 320 px, 32/50 at 640 px.</summary>
    public static double Scale(int width) => SmallFaceTiles.ReliableInputWidth / SmallFaceTiles.SmallestFace(width);
}
