using System.Globalization;
using System.Text;

namespace BankHire.Corpus.Handwritten;

/// <summary>
/// Writes a one-page PDF with text placed where a layout puts it: columns, label/value rows, and the
/// tricks stuffers use (render mode 3, white fill, text off the page, 1-pt text). Latin lines use
/// Helvetica (WinAnsi); lines with Chinese use the non-embedded STSong-Light with a ToUnicode map.
/// </summary>
public sealed class MiniPdf
{
    private readonly List<string> operations = [];

    public const double Width = 595, Height = 842;

    /// <summary>Text at (x, y) from the bottom-left, size in points, fill colour as 0–1 RGB, PDF render mode (3 = invisible).</summary>
    public MiniPdf Text(double x, double y, double size, string text, (double R, double G, double B)? fill = null, int renderMode = 0)
    {
        var (r, g, b) = fill ?? (0, 0, 0);
        var cjk = text.Any(c => c > 0x2E7F);
        var shown = cjk ? Hex(text) : Literal(text);
        operations.Add(string.Create(CultureInfo.InvariantCulture,
            $"BT /{(cjk ? "F1" : "F2")} {size} Tf {renderMode} Tr {r} {g} {b} rg 1 0 0 1 {x} {y} Tm {shown} Tj ET"));
        return this;
    }

    public byte[] Build()
    {
        var content = string.Join("\n", operations);
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [8 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
            Stream(ToUnicodeMap()),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Font << /F1 3 0 R /F2 7 0 R >> >> /Contents 9 0 R >>",
            Stream(content),
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string Hex(string text) => "<" + string.Concat(text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + ">";

    private static string Literal(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text.Replace('–', '-').Replace('·', '|'));
        var s = new StringBuilder("(");
        foreach (var b in bytes)
            s.Append(b is (byte)'(' or (byte)')' or (byte)'\\' ? "\\" + (char)b : ((char)b).ToString());
        return s.Append(')').ToString();
    }

    private static string ToUnicodeMap()
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n");
        map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Handwritten-UCS2 def /CMapType 2 def\n");
        map.Append("1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in Enumerable.Range(0, 256).Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfrange\n");
            foreach (var high in chunk) map.Append(CultureInfo.InvariantCulture, $"<{high:X2}00> <{high:X2}FF> <{high:X2}00>\n");
            map.Append("endbfrange\n");
        }
        return map.Append("endcmap CMapName currentdict /CMap defineresource pop end end").ToString();
    }

    private static string Stream(string body) => $"<< /Length {Encoding.Latin1.GetByteCount(body)} >>\nstream\n{body}\nendstream";
}
