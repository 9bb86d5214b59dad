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
        var pdf = DecompressionBombs.Pdf100MB();
        Assert.True(pdf.Length < 300 * 1024);
        var (item, allocated) = ParseOne("bomb.pdf", pdf);
        Assert.Equal(RejectionReason.TooLarge, item.Reason);
        Assert.Contains("too large when decompressed", item.Message);
        Assert.True(allocated < 16 * MiB, $"allocated {allocated / MiB} MB");
    }

    [Fact]
    public void A_docx_with_a_20_MB_document_xml_is_refused_before_the_open_xml_sdk_loads_it()
    {
        var docx = DecompressionBombs.Docx20MB();
        var (item, allocated) = ParseOne("bomb.docx", docx);
        Assert.Equal(RejectionReason.TooLarge, item.Reason);
        Assert.Contains("word/document.xml", item.Message);
        Assert.True(allocated < 16 * MiB, $"allocated {allocated / MiB} MB");
    }

    [Fact]
    public void A_zip_of_100_entries_of_10_MiB_stops_reading_at_the_archive_limit_one_entry_at_a_time()
    {
        var zip = DecompressionBombs.Zip100x10MiB();
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
        var item = Assert.Single(ResumeFileParser.Parse(new ResumeFile("ok.pdf", DecompressionBombs.PdfWithContentStream(DecompressionBombs.Zlib(content))), Limits));
        Assert.False(item.IsRejected, item.Message);
        Assert.Contains("Jane Doe", item.Text);
    }

    private static (ParsedItem Item, long Allocated) ParseOne(string name, byte[] content)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var item = Assert.Single(ResumeFileParser.Parse(new ResumeFile(name, content), Limits));
        return (item, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
