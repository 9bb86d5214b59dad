using System.IO.Compression;
using System.Text;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>Small files that inflate enormously, as an attacker uploads them (shared with the API fuzz suite).</summary>
internal static class DecompressionBombs
{
    public const int MiB = 1024 * 1024;

    /// <summary>A one-page PDF under 300 KB whose content stream inflates to 100 MB of spaces.</summary>
    public static byte[] Pdf100MB() => PdfWithContentStream(Deflated(100 * MiB, (byte)' '));

    /// <summary>A DOCX whose word/document.xml is 20 MB of paragraphs.</summary>
    public static byte[] Docx20MB()
    {
        var paragraph = "<w:p><w:r><w:t>工作经历 工作经历 工作经历</w:t></w:r></w:p>";
        var body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        while (body.Length < 20 * MiB) body.Append(paragraph);
        body.Append("</w:body></w:document>");
        return ParsingTestFiles.Zip(
            ("[Content_Types].xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
            ("_rels/.rels", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
            ("word/document.xml", Encoding.UTF8.GetBytes(body.ToString())));
    }

    /// <summary>A zip under 2 MB of 100 entries of 10 MiB of zeros each.</summary>
    public static byte[] Zip100x10MiB()
    {
        var entry = new byte[10 * MiB];
        return ParsingTestFiles.Zip([.. Enumerable.Range(0, 100).Select(i => ($"r{i:D3}.txt", entry))]);
    }

    public static byte[] Deflated(int length, byte fill)
    {
        using var output = new MemoryStream();
        using (var compressor = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[MiB];
            Array.Fill(block, fill);
            for (var written = 0; written < length; written += MiB) compressor.Write(block);
        }
        return output.ToArray();
    }

    public static byte[] Zlib(byte[] content)
    {
        using var output = new MemoryStream();
        using (var compressor = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) compressor.Write(content);
        return output.ToArray();
    }

    /// <summary>A one-page PDF whose page content is the given Flate-compressed stream, with a correct xref table.</summary>
    public static byte[] PdfWithContentStream(byte[] compressed)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        offsets.Add(pdf.Position); Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.Add(pdf.Position); Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.Add(pdf.Position); Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n");
        offsets.Add(pdf.Position); Write($"4 0 obj << /Length {compressed.Length} /Filter /FlateDecode >> stream\n");
        pdf.Write(compressed);
        Write("\nendstream endobj\n");
        offsets.Add(pdf.Position); Write("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer << /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
