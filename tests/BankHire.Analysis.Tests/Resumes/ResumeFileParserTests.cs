using System.Text;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Corpus;
using MiniExcelLibs;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class ResumeFileParserTests
{
    private static readonly IntakeLimits Limits = new();

    private const string ChineseResume = "张三\n教育背景\n2016.09 - 2020.06 西南财经大学 金融学 本科\n证书：银行从业资格证";

    private static ParsedItem ParseOne(string name, byte[] content) => Assert.Single(ResumeFileParser.Parse(new ResumeFile(name, content), Limits));

    [Fact]
    public void Utf8_text_is_read_as_written()
    {
        var item = ParseOne("a.txt", Encoding.UTF8.GetBytes(ChineseResume));
        Assert.Equal(ChineseResume, item.Text);
        Assert.Contains("UTF-8", item.Message);
    }

    [Fact]
    public void Gbk_text_is_detected_and_decoded()
    {
        var item = ParseOne("a.txt", PlainTextDecoder.Gb18030.GetBytes(ChineseResume));
        Assert.Equal(ChineseResume, item.Text);
        Assert.Contains("GB18030", item.Message);
    }

    [Fact]
    public void Word_document_paragraphs_become_lines()
    {
        var item = ParseOne("a.docx", DocxWriter.Write(ChineseResume));
        Assert.Equal(ChineseResume, item.Text);
    }

    [Fact]
    public void English_pdf_text_is_extracted()
    {
        var item = ParseOne("a.pdf", PdfWriter.Write("Jane Doe\nEducation\nBachelor of Finance, Fudan University, 2020"));
        Assert.False(item.IsRejected, item.Message);
        Assert.Contains("Fudan University", item.Text);
        Assert.Contains("Bachelor of Finance", item.Text);
    }

    [Fact]
    public void Chinese_pdf_text_is_extracted()
    {
        var item = ParseOne("a.pdf", PdfWriter.Write(ChineseResume));
        Assert.False(item.IsRejected, item.Message);
        Assert.Equal(ChineseResume, item.Text);
    }

    [Fact]
    public void Encrypted_pdf_is_rejected_as_encrypted()
    {
        var item = ParseOne("secret.pdf", ParsingTestFiles.EncryptedPdf());
        Assert.Equal(RejectionReason.Encrypted, item.Reason);
    }

    [Fact]
    public void Truncated_pdf_is_rejected_as_corrupt()
    {
        var pdf = PdfWriter.Write("Jane Doe\nEducation");
        var item = ParseOne("broken.pdf", pdf[..(pdf.Length / 3)]);
        Assert.True(item.IsRejected);
        Assert.Contains(item.Reason, new RejectionReason?[] { RejectionReason.CorruptFile, RejectionReason.Empty });
    }

    [Fact]
    public void Pdf_without_text_is_empty()
    {
        var item = ParseOne("blank.pdf", PdfWriter.Write(""));
        Assert.Equal(RejectionReason.Empty, item.Reason);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], RejectionReason.Empty)]
    [InlineData("spaces.txt", new byte[] { 0x20, 0x0A, 0x20 }, RejectionReason.Empty)]
    [InlineData("old.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, RejectionReason.UnsupportedType)]
    [InlineData("locked.docx", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, RejectionReason.Encrypted)]
    [InlineData("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 }, RejectionReason.ScannedWithoutText)]
    [InlineData("tool.exe", new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0 }, RejectionReason.UnsupportedType)]
    [InlineData("fake.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, RejectionReason.CorruptFile)]
    public void Unreadable_files_are_rejected_with_their_reason(string name, byte[] content, RejectionReason reason)
    {
        Assert.Equal(reason, ParseOne(name, content).Reason);
    }

    [Fact]
    public void Oversized_file_is_rejected_before_reading()
    {
        var items = ResumeFileParser.Parse(new ResumeFile("big.txt", new byte[2048]), new IntakeLimits(MaxFileBytes: 1024));
        Assert.Equal(RejectionReason.TooLarge, Assert.Single(items).Reason);
    }

    [Fact]
    public void Zip_entries_are_parsed_one_by_one_with_their_path()
    {
        var zip = ParsingTestFiles.Zip(
            ("张三.txt", Encoding.UTF8.GetBytes(ChineseResume)),
            ("李四.docx", DocxWriter.Write("李四\n工作经历")),
            ("broken.pdf", "%PDF-1.4 garbage"u8.ToArray()),
            ("__MACOSX/._张三.txt", [1, 2, 3]));
        var items = ResumeFileParser.Parse(new ResumeFile("batch.zip", zip), Limits);
        Assert.Equal(["batch.zip/张三.txt", "batch.zip/李四.docx", "batch.zip/broken.pdf"], items.Select(i => i.SourceName));
        Assert.False(items[0].IsRejected);
        Assert.False(items[1].IsRejected);
        Assert.Equal(RejectionReason.CorruptFile, items[2].Reason);
    }

    [Fact]
    public void Corrupt_zip_is_rejected_as_corrupt_archive()
    {
        var zip = ParsingTestFiles.Zip(("a.txt", Encoding.UTF8.GetBytes(ChineseResume)));
        var item = ParseOne("batch.zip", zip[..^30]);
        Assert.Equal(RejectionReason.CorruptArchive, item.Reason);
    }

    [Fact]
    public void Gbk_csv_roster_reads_known_columns_and_ignores_protected_ones()
    {
        var csv = "姓名,性别,民族,手机,毕业院校,专业,学历,毕业年份,笔试成绩\n王芳,女,汉族,138 0013 8000,复旦大学,金融学,本科,2025,86.5\n";
        var items = ResumeFileParser.Parse(new ResumeFile("roster.csv", PlainTextDecoder.Gb18030.GetBytes(csv)), Limits);
        var row = Assert.Single(items).Row!;
        Assert.Equal(new RosterRow("王芳", "138 0013 8000", null, null, "复旦大学", "金融学", "本科", "2025", 86.5), row);
        Assert.Equal("roster.csv#2", items[0].SourceName);
    }

    [Fact]
    public void Xlsx_roster_rows_become_candidates()
    {
        using var stream = new MemoryStream();
        var rows = new[]
        {
            new Dictionary<string, object> { ["Name"] = "Li Lei", ["Email"] = "li.lei@example.com", ["University"] = "Wuhan University", ["Written test score"] = 91 },
            new Dictionary<string, object> { ["Name"] = "", ["Email"] = "", ["University"] = "", ["Written test score"] = "" },
        };
        MiniExcel.SaveAs(stream, rows);
        var items = ResumeFileParser.Parse(new ResumeFile("roster.xlsx", stream.ToArray()), Limits);
        Assert.Equal(2, items.Count);
        Assert.Equal("Li Lei", items[0].Row!.Name);
        Assert.Equal(91, items[0].Row!.WrittenTestScore);
        Assert.Equal(RejectionReason.Empty, items[1].Reason);
    }
}
