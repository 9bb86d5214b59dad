using System.IO.Compression;
using System.Text;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>
/// Small files that inflate enormously (a PDF stream, a Word document's XML, a zip of large entries) are refused by
/// counting while inflating, with bounded allocation, before any parser builds them in memory.
/// </summary>
public sealed class DecompressionLimitTests
{
    private const int MiB = 1024 * 1024;
    private static readonly IntakeLimits Limits = new();

    [Fact]
    public void A_pdf_whose_stream_inflates_to_100_MB_is_refused_without_inflating_it_into_memory()
    {
        var pdf = PdfWithContentStream(Deflated(100 * MiB, (byte)' '));
        Assert.True(pdf.Length < 300 * 1024);
        var (item, allocated) = ParseOne("bomb.pdf", pdf);
        Assert.Equal(RejectionReason.TooLarge, item.Reason);
        Assert.Contains("too large when decompressed", item.Message);
        Assert.True(allocated < 16 * MiB, $"allocated {allocated / MiB} MB");
    }

    [Fact]
    public void A_docx_with_a_20_MB_document_xml_is_refused_before_the_open_xml_sdk_loads_it()
    {
        var paragraph = "<w:p><w:r><w:t>工作经历 工作经历 工作经历</w:t></w:r></w:p>";
        var body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        while (body.Length < 20 * MiB) body.Append(paragraph);
        body.Append("</w:body></w:document>");
        var docx = ParsingTestFiles.Zip(
            ("[Content_Types].xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
            ("_rels/.rels", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
            ("word/document.xml", Encoding.UTF8.GetBytes(body.ToString())));
        var (item, allocated) = ParseOne("bomb.docx", docx);
        Assert.Equal(RejectionReason.TooLarge, item.Reason);
        Assert.Contains("word/document.xml", item.Message);
        Assert.True(allocated < 16 * MiB, $"allocated {allocated / MiB} MB");
    }

    [Fact]
    public void A_zip_of_100_entries_of_10_MiB_stops_reading_at_the_archive_limit_one_entry_at_a_time()
    {
        var entry = new byte[10 * MiB];
        var zip = ParsingTestFiles.Zip([.. Enumerable.Range(0, 100).Select(i => ($"r{i:D3}.txt", entry))]);
        Assert.True(zip.Length < 2 * MiB);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var items = ResumeFileParser.Parse(new ResumeFile("bomb.zip", zip), Limits);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, items.Count);
        var readEntries = (int)(Limits.MaxArchiveTotalBytes / (10 * MiB));
        Assert.All(items.Skip(readEntries), i => Assert.Contains("too large when decompressed", i.Message));
        Assert.All(items, i => Assert.True(i.IsRejected));
        // Each entry read is one buffer; nothing past the archive limit is inflated.
        Assert.True(allocated < Limits.MaxArchiveTotalBytes + 16 * MiB, $"allocated {allocated / MiB} MB");
    }

    [Fact]
    public void An_ordinary_pdf_with_a_compressed_text_stream_is_still_read()
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 40 700 Td (Jane Doe Education Fudan University) Tj ET");
        var item = Assert.Single(ResumeFileParser.Parse(new ResumeFile("ok.pdf", PdfWithContentStream(Zlib(content))), Limits));
        Assert.False(item.IsRejected, item.Message);
        Assert.Contains("Jane Doe", item.Text);
    }

    private static (ParsedItem Item, long Allocated) ParseOne(string name, byte[] content)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var item = Assert.Single(ResumeFileParser.Parse(new ResumeFile(name, content), Limits));
        return (item, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static byte[] Deflated(int length, byte fill)
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

    private static byte[] Zlib(byte[] content)
    {
        using var output = new MemoryStream();
        using (var compressor = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) compressor.Write(content);
        return output.ToArray();
    }

    /// <summary>A one-page PDF whose page content is the given Flate-compressed stream, with a correct xref table.</summary>
    private static byte[] PdfWithContentStream(byte[] compressed)
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
