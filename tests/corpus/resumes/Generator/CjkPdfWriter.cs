using System.Globalization;
using System.Text;

namespace BankHire.Corpus;

/// <summary>
/// Writes a text PDF with Chinese in it by hand: PdfPig's builder cannot (it subsets TrueType fonts and
/// fails on Droid Sans Fallback). The font is the standard non-embedded CJK font STSong-Light with
/// the UniGB-UCS2-H encoding (each character written as its UTF-16 code), which PDF viewers render
/// with their own Chinese fonts, plus a ToUnicode map so that text extraction gets the characters back.
/// </summary>
public static class CjkPdfWriter
{
    private const int LinesPerPage = 50;

    public static byte[] Write(string text)
    {
        var lines = text.Split('\n');
        var pages = Enumerable.Range(0, Math.Max(1, (lines.Length + LinesPerPage - 1) / LinesPerPage))
            .Select(p => lines.Skip(p * LinesPerPage).Take(LinesPerPage).ToArray()).ToList();
        var highBytes = text.Where(c => c != '\n' && c != '\r').Select(c => c >> 8).Distinct().Order().ToList();

        // Objects: 1 catalog, 2 pages, 3 Type0 font, 4 CID font, 5 descriptor, 6 ToUnicode, then page/content pairs.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", pages.Select((_, i) => $"{7 + 2 * i} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
            Stream(ToUnicodeMap(highBytes)),
        };
        foreach (var page in pages)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count + 2} 0 R >>");
            objects.Add(Stream(Content(page)));
        }

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

    private static string Content(string[] lines)
    {
        var content = new StringBuilder("BT /F1 10 Tf 15 TL 40 800 Td\n");
        foreach (var line in lines)
        {
            content.Append('<');
            foreach (var c in line.TrimEnd('\r')) content.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            content.Append("> Tj T*\n");
        }
        return content.Append("ET").ToString();
    }

    private static string ToUnicodeMap(IReadOnlyList<int> highBytes)
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n");
        map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /BankHire-UCS2 def /CMapType 2 def\n");
        map.Append("1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in highBytes.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfrange\n");
            foreach (var high in chunk) map.Append(CultureInfo.InvariantCulture, $"<{high:X2}00> <{high:X2}FF> <{high:X2}00>\n");
            map.Append("endbfrange\n");
        }
        return map.Append("endcmap CMapName currentdict /CMap defineresource pop end end").ToString();
    }

    private static string Stream(string body) => $"<< /Length {Encoding.Latin1.GetByteCount(body)} >>\nstream\n{body}\nendstream";
}
