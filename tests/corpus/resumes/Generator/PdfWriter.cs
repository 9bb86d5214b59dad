using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BankHire.Corpus;

/// <summary>
/// Writes text as a PDF, one text line a line: Latin text with PdfPig's builder, text with Chinese
/// with <see cref="CjkPdfWriter"/> (PdfPig 0.1.16's TrueType subsetter fails on the only Han TrueType
/// font Debian ships here, Droid Sans Fallback).
/// </summary>
public static class PdfWriter
{
    public static byte[] Write(string text)
    {
        if (text.Any(c => c > 0x2E7F)) return CjkPdfWriter.Write(text);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        var y = 800.0;
        foreach (var line in text.Split('\n'))
        {
            if (y < 40)
            {
                page = builder.AddPage(595, 842);
                y = 800;
            }
            if (line.Length > 0) page.AddText(line, 10, new PdfPoint(40, y), font);
            y -= 15;
        }
        return builder.Build();
    }
}
