using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Writer;

namespace BankHire.Analysis.Reports;

/// <summary>
/// Writes text with a list of TrueType fonts: each character in the first font that has a glyph for it. PdfPig
/// writes a TrueType font as a simple font of at most 255 characters, so a font is added to the PDF as many times as
/// the text needs, each copy embedding only the glyphs it was given. A character no font has is written as '?'.
/// </summary>
public sealed class GlyphFonts
{
    // PdfPig's simple TrueType font numbers its characters 1..255.
    private const int CharactersPerCopy = 250;
    private const char Missing = '?';

    private readonly PdfDocumentBuilder _builder;
    private readonly List<Face> _faces;
    private readonly Dictionary<char, (Face Face, int Copy)> _placed = [];

    private sealed record Face(byte[] Bytes, TrueTypeFont Font, List<(PdfDocumentBuilder.AddedFont Added, int Count)> Copies)
    {
        public bool Has(char c) => Font.WindowsUnicodeCMap?.CharacterCodeToGlyphIndex(c) is > 0 && Font.TryGetAdvanceWidth(c, out _);

        public double Width(char c, double size) => Font.TryGetAdvanceWidth(c, out var w) ? w * size / Font.GetUnitsPerEm() : 0;
    }

    /// <param name="fonts">TrueType files in the order a character is looked for.</param>
    public GlyphFonts(PdfDocumentBuilder builder, IReadOnlyList<byte[]> fonts)
    {
        _builder = builder;
        _faces = [.. fonts.Select(FullHorizontalMetrics.Expand).Select(bytes => new Face(bytes, TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes)), []))];
        if (_faces.Count == 0 || FaceOf(Missing) is null) throw new ArgumentException("The fonts need at least one with a glyph for '?'.", nameof(fonts));
    }

    /// <summary>Width of the text at <paramref name="size"/> points, as <see cref="Write"/> places it.</summary>
    public double Width(string text, double size)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            var (face, printable) = Resolve(c);
            width += face.Width(printable, size);
        }
        return width;
    }

    /// <summary>Writes one line from <paramref name="x"/> on the baseline <paramref name="y"/>, switching fonts as needed.</summary>
    public void Write(PdfPageBuilder page, string text, double size, double x, double y)
    {
        var run = new System.Text.StringBuilder();
        (Face Face, int Copy)? current = null;
        foreach (var c in text)
        {
            var (face, printable) = Resolve(c);
            var target = Place(face, printable);
            if (current != target && run.Length > 0) x = Flush(page, run, current!.Value, size, x, y);
            current = target;
            run.Append(printable);
        }
        if (run.Length > 0) Flush(page, run, current!.Value, size, x, y);
    }

    private double Flush(PdfPageBuilder page, System.Text.StringBuilder run, (Face Face, int Copy) target, double size, double x, double y)
    {
        var text = run.ToString();
        page.AddText(text, size, new PdfPoint(x, y), target.Face.Copies[target.Copy].Added);
        run.Clear();
        return x + text.Sum(c => target.Face.Width(c, size));
    }

    private (Face Face, char Printable) Resolve(char c)
    {
        if (c is '\t' or '\u00a0') c = ' ';
        return FaceOf(c) is { } face ? (face, c) : (FaceOf(Missing)!, Missing);
    }

    private Face? FaceOf(char c) => _placed.TryGetValue(c, out var placed) ? placed.Face : _faces.FirstOrDefault(f => f.Has(c));

    private (Face Face, int Copy) Place(Face face, char c)
    {
        if (_placed.TryGetValue(c, out var placed)) return placed;
        var copy = face.Copies.FindIndex(x => x.Count < CharactersPerCopy);
        if (copy < 0)
        {
            face.Copies.Add((_builder.AddTrueTypeFont(face.Bytes), 0));
            copy = face.Copies.Count - 1;
        }
        face.Copies[copy] = (face.Copies[copy].Added, face.Copies[copy].Count + 1);
        return _placed[c] = (face, copy);
    }
}
