using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// A tile with no detail anywhere in it (a wall, a ceiling, a dark corner) cannot hold a face, so the small-face pass
/// skips it. A face's eyes, brows and mouth give every cell they fall in a spread of brightness well above a camera's
/// noise on a plain surface, even in dim light; the bar sits between the two and a tile is flat only when all of its
/// cells stay under it.
/// </summary>
public static class FlatTile
{
    /// <summary>Cells per side: a cell is a quarter of a tile, about the smallest promised face.</summary>
    public const int CellsPerSide = 4;

    /// <summary>Brightness spread (standard deviation, 0–255) under which a cell shows no detail.</summary>
    public const double DetailStdDev = 4;

    public static bool IsFlat(Mat bgr)
    {
        var cellWidth = bgr.Width / CellsPerSide;
        var cellHeight = bgr.Height / CellsPerSide;
        if (cellWidth < 2 || cellHeight < 2) return false;
        for (var row = 0; row < CellsPerSide; row++)
        for (var column = 0; column < CellsPerSide; column++)
        {
            using var cell = new Mat(bgr, new Rect(column * cellWidth, row * cellHeight, cellWidth, cellHeight));
            Cv2.MeanStdDev(cell, out _, out var spread);
            if (Math.Max(spread.Val0, Math.Max(spread.Val1, spread.Val2)) >= DetailStdDev) return false;
        }
        return true;
    }
}
