using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Walks a Word body in reading order, writing visible text to <see cref="Text"/> and collecting what a
/// reader cannot see in <see cref="Hidden"/>.
/// </summary>
internal sealed class DocxWalker(DocxStyles styles)
{
    private static readonly XNamespace W = DocxStyles.W;
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";

    /// <summary>A text box smaller than this (0.15 inch, in EMU) in either direction cannot show a line of text.</summary>
    private const long TinyBoxEmu = 137_160;

    public StringBuilder Text { get; } = new();

    public List<HiddenText> Hidden { get; } = [];

    /// <summary>Paragraphs, tables and content controls of a body, cell or text box.</summary>
    public void Block(XElement container, (int R, int G, int B)? shading = null)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == W + "p") Text.Append(Paragraph(element, shading)).Append('\n');
            else if (element.Name == W + "tbl") Table(element);
            else if (element.Name == W + "sdt") Block(element.Element(W + "sdtContent") ?? element, shading);
        }
    }

    private void Table(XElement table)
    {
        foreach (var row in table.Elements(W + "tr"))
        {
            var cells = new List<string>();
            foreach (var cell in row.Descendants(W + "tc").Where(c => c.Ancestors(W + "tbl").First() == table))
            {
                var inner = new DocxWalker(styles);
                inner.Block(cell, DocxStyles.Colour(cell.Element(W + "tcPr")?.Element(W + "shd")?.Attribute(W + "fill")?.Value));
                Hidden.AddRange(inner.Hidden);
                var text = inner.Text.ToString().Trim().Replace('\n', ' ');
                if (text.Length > 0) cells.Add(text);
            }
            if (cells.Count > 0) Text.Append(string.Join(" | ", cells)).Append('\n');
        }
    }

    private string Paragraph(XElement paragraph, (int R, int G, int B)? shading)
    {
        var paragraphStyle = paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;
        var background = DocxStyles.Colour(paragraph.Element(W + "pPr")?.Element(W + "shd")?.Attribute(W + "fill")?.Value) ?? shading ?? styles.PageColour;
        var line = new StringBuilder();
        var boxes = new StringBuilder();
        foreach (var run in Runs(paragraph))
        {
            var text = RunText(run);
            Drawings(run, boxes);
            if (text.Length == 0) continue;
            var hidden = HiddenKind(run.Element(W + "rPr"), paragraphStyle, background);
            if (hidden is null) line.Append(text);
            else if (text.Trim().Length > 0) Hidden.Add(new HiddenText(hidden.Value, text.Trim()));
        }
        return boxes.Length > 0 ? line.Append('\n').Append(boxes.ToString().TrimEnd('\n')).ToString() : line.ToString();
    }

    /// <summary>The runs of a paragraph in order, through hyperlinks, insertions, fields and content controls, but not deletions or text boxes.</summary>
    private static IEnumerable<XElement> Runs(XElement paragraph)
    {
        foreach (var child in paragraph.Elements())
        {
            if (child.Name == W + "r") yield return child;
            else if (child.Name == W + "del" || child.Name == W + "pPr") continue;
            else foreach (var run in Runs(child.Name == W + "sdt" ? child.Element(W + "sdtContent") ?? child : child)) yield return run;
        }
    }

    private static string RunText(XElement run)
    {
        var text = new StringBuilder();
        foreach (var element in run.Elements())
        {
            if (element.Name == W + "t") text.Append(element.Value);
            else if (element.Name == W + "tab") text.Append('\t');
            else if (element.Name == W + "br" || element.Name == W + "cr") text.Append('\n');
        }
        return text.ToString();
    }

    private HiddenTextKind? HiddenKind(XElement? properties, string? paragraphStyle, (int R, int G, int B) background)
    {
        if (DocxStyles.IsOn(styles.Property(properties, paragraphStyle, "vanish")) || DocxStyles.IsOn(styles.Property(properties, paragraphStyle, "webHidden")))
            return HiddenTextKind.HiddenRun;
        if (int.TryParse(styles.Property(properties, paragraphStyle, "sz"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var halfPoints) && halfPoints <= DocxStyles.MaxHiddenHalfPoints)
            return HiddenTextKind.TinyFont;
        var runBackground = DocxStyles.Colour(properties?.Element(W + "shd")?.Attribute(W + "fill")?.Value) ?? background;
        return DocxStyles.Colour(styles.Property(properties, paragraphStyle, "color")) is { } colour && DocxStyles.Contrast(colour, runBackground) < 1.3
            ? HiddenTextKind.BackgroundColour
            : null;
    }

    /// <summary>Text boxes anchored in a run: read as lines after the paragraph, unless behind the text or too small to show anything.</summary>
    private void Drawings(XElement run, StringBuilder boxes)
    {
        foreach (var holder in run.Elements().Where(e => e.Name == W + "drawing" || e.Name == W + "pict" || e.Name == Mc + "AlternateContent"))
        {
            var scope = holder.Name == Mc + "AlternateContent" ? holder.Element(Mc + "Choice") ?? holder : holder;
            foreach (var content in scope.Descendants(W + "txbxContent"))
            {
                var inner = new DocxWalker(styles);
                inner.Block(content);
                Hidden.AddRange(inner.Hidden);
                var text = inner.Text.ToString().Trim();
                if (text.Length == 0) continue;
                var kind = BoxKind(content);
                if (kind is null) boxes.Append(text).Append('\n');
                else Hidden.Add(new HiddenText(kind.Value, text.Replace('\n', ' ')));
            }
        }
    }

    private static HiddenTextKind? BoxKind(XElement content)
    {
        var anchor = content.Ancestors(Wp + "anchor").FirstOrDefault();
        if (anchor is not null && DocxStyles.IsOn(anchor.Attribute("behindDoc")?.Value)) return HiddenTextKind.ShapeBehindText;
        var extent = content.Ancestors().Select(a => a.Element(Wp + "extent")).FirstOrDefault(e => e is not null);
        if (extent is not null
            && long.TryParse(extent.Attribute("cx")?.Value, CultureInfo.InvariantCulture, out var cx)
            && long.TryParse(extent.Attribute("cy")?.Value, CultureInfo.InvariantCulture, out var cy)
            && (cx < TinyBoxEmu || cy < TinyBoxEmu))
            return HiddenTextKind.TinyTextBox;
        // VML shapes (older Word): behind the text is a negative z-index in the style.
        var shape = content.Ancestors(V + "shape").FirstOrDefault();
        return shape?.Attribute("style")?.Value is { } style && style.Replace(" ", "").Contains("z-index:-", StringComparison.Ordinal)
            ? HiddenTextKind.ShapeBehindText
            : null;
    }
}
