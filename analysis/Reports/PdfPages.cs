using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BankHire.Analysis.Reports;

/// <summary>
/// A4 pages filled from the top: wrapped paragraphs (Chinese breaks between any two characters, Latin between
/// words), table rows whose cells wrap in their column, rules, and a page number footer on every page.
/// </summary>
public sealed class PdfPages
{
    public const double Margin = 48;
    private const double FooterSize = 8;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly GlyphFonts _fonts;
    private PdfPageBuilder _page = null!;
    private double _y;

    /// <param name="fonts">TrueType files in the order a character is looked for (see <see cref="ReportFonts"/>).</param>
    public PdfPages(IReadOnlyList<byte[]> fonts, string title)
    {
        _fonts = new GlyphFonts(_builder, fonts);
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Producer = "BankHire";
        NewPage();
    }

    public double Width => _page.PageSize.Width - 2 * Margin;

    public void Heading(string text, double size = 15, double spaceBefore = 10)
    {
        Space(spaceBefore);
        EnsureRoom(size * 2.2);
        _page.SetTextAndFillColor(11, 92, 173);
        Paragraph(text, size);
        _page.ResetColor();
        _page.SetStrokeColor(201, 209, 219);
        _page.DrawLine(new PdfPoint(Margin, _y + size * 0.2), new PdfPoint(Margin + Width, _y + size * 0.2), 0.6);
        _page.ResetColor();
        Space(4);
    }

    /// <summary>Text wrapped to the page width (less <paramref name="indent"/>), continuing on a new page when full.</summary>
    public void Paragraph(string text, double size = 10, double indent = 0, bool muted = false)
    {
        foreach (var line in Wrap(text, size, Width - indent))
        {
            EnsureRoom(size * 1.45);
            _y -= size * 1.45;
            if (muted) _page.SetTextAndFillColor(79, 91, 105);
            _fonts.Write(_page, line, size, Margin + indent, _y + size * 0.3);
            if (muted) _page.ResetColor();
        }
    }

    /// <summary>One table row: each cell wraps within its column; a header row is shaded.</summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, double size = 9.5, bool header = false)
    {
        var lines = cells.Select((cell, i) => Wrap(cell, size, widths[i] - 6)).ToList();
        var height = lines.Max(l => l.Count) * size * 1.4 + 6;
        EnsureRoom(height);
        if (header)
        {
            _page.SetTextAndFillColor(234, 242, 251);
            _page.DrawRectangle(new PdfPoint(Margin, _y - height), Width, height, 0, fill: true);
            _page.ResetColor();
        }
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var lineY = _y - 3;
            foreach (var line in lines[i])
            {
                lineY -= size * 1.4;
                _fonts.Write(_page, line, size, x + 3, lineY + size * 0.3);
            }
            x += widths[i];
        }
        _y -= height;
        _page.SetStrokeColor(201, 209, 219);
        _page.DrawLine(new PdfPoint(Margin, _y), new PdfPoint(Margin + Width, _y), 0.4);
        _page.ResetColor();
    }

    public void Space(double points) => _y -= points;

    /// <summary>Numbers the pages and returns the PDF's bytes. (Not followed by disposing the builder: PdfPig 0.1.16
    /// would complete the document a second time.)</summary>
    public byte[] Build(Func<int, int, string> footer)
    {
        var count = _builder.Pages.Count;
        foreach (var (number, page) in _builder.Pages)
        {
            var text = footer(number, count);
            _fonts.Write(page, text, FooterSize, page.PageSize.Width - Margin - _fonts.Width(text, FooterSize), Margin / 2);
        }
        return _builder.Build();
    }

    private void EnsureRoom(double height)
    {
        if (_y - height < Margin) NewPage();
    }

    private void NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _y = _page.PageSize.Height - Margin;
    }

    /// <summary>Lines of at most <paramref name="width"/> points; explicit line breaks are kept.</summary>
    public List<string> Wrap(string text, double size, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var token in Tokens(paragraph))
            {
                var candidate = line + token;
                if (line.Length > 0 && _fonts.Width(candidate.TrimEnd(), size) > width)
                {
                    lines.Add(line.TrimEnd());
                    line = token.TrimStart();
                    // A single token wider than the line (a long number or URL) is cut where it must be.
                    while (_fonts.Width(line, size) > width && line.Length > 1)
                    {
                        var fit = line.Length - 1;
                        while (fit > 1 && _fonts.Width(line[..fit], size) > width) fit--;
                        lines.Add(line[..fit]);
                        line = line[fit..];
                    }
                }
                else
                {
                    line = candidate;
                }
            }
            lines.Add(line.TrimEnd());
        }
        return lines;
    }

    /// <summary>Words with their trailing spaces for Latin text; every CJK character (and its trailing punctuation) on its own.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (IsCjk(c) && !IsClosingPunctuation(c))
            {
                if (token.Length > 0) yield return token.ToString();
                token.Clear();
                token.Append(c);
                continue;
            }
            if (token.Length > 0 && token[^1] == ' ' && c != ' ')
            {
                yield return token.ToString();
                token.Clear();
            }
            token.Append(c);
        }
        if (token.Length > 0) yield return token.ToString();
    }

    private static bool IsCjk(char c) => c >= '\u2e80';

    // Kept with the character before, so a line never starts with them.
    private static bool IsClosingPunctuation(char c) => "，。、；：？！）》」』】…·".Contains(c);
}
