using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Whether a reader sees a PDF letter: not in render mode 3 (neither filled nor stroked), not off the page,
/// not 2.5 pt or smaller, and not in nearly the colour it is drawn on (white on the page, or the colour of a
/// filled shape under it, so white text on a dark sidebar stays visible).
/// </summary>
internal sealed class PdfVisibility
{
    public const double MaxHiddenPointSize = 2.5;

    private readonly PdfRectangle pageBox;
    private readonly List<(PdfRectangle Box, (int R, int G, int B) Colour)> fills = [];

    public PdfVisibility(Page page)
    {
        var crop = page.CropBox.Bounds;
        pageBox = crop.Width > 0 && crop.Height > 0 ? crop : page.MediaBox.Bounds;
        foreach (var path in page.Paths)
            if (path.IsFilled && !path.IsClipping && path.FillColor is { } colour && path.GetBoundingRectangle() is { } box)
                fills.Add((box, Rgb(colour)));
    }

    public HiddenTextKind? HiddenKind(Letter letter)
    {
        if (letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip) return HiddenTextKind.InvisibleRenderMode;
        // The pen positions, not the glyph box: a font without glyph outlines gives empty boxes.
        var x = (letter.StartBaseLine.X + letter.EndBaseLine.X) / 2;
        var y = letter.StartBaseLine.Y + Math.Max(1, letter.PointSize) / 3;
        if ((x < pageBox.Left || x > pageBox.Right || y < pageBox.Bottom || y > pageBox.Top)) return HiddenTextKind.OffPage;
        if (letter.PointSize > 0 && letter.PointSize <= MaxHiddenPointSize) return HiddenTextKind.TinyFont;
        if (letter.Color is { } colour && DocxStyles.Contrast(Rgb(colour), Background(x, y)) < 1.3) return HiddenTextKind.BackgroundColour;
        return null;
    }

    /// <summary>The colour under a point: the last filled shape drawn there, else white paper.</summary>
    private (int R, int G, int B) Background(double x, double y)
    {
        for (var i = fills.Count - 1; i >= 0; i--)
        {
            var box = fills[i].Box;
            if (x >= box.Left && x <= box.Right && y >= box.Bottom && y <= box.Top) return fills[i].Colour;
        }
        return (255, 255, 255);
    }

    private static (int R, int G, int B) Rgb(IColor colour)
    {
        var (r, g, b) = colour.ToRGBValues();
        return ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255));
    }
}
