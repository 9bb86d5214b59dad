using System.Text;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Privacy;
using BankHire.Analysis.Tests.Text;
using BankHire.Corpus;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class PictureAndLimitTests
{
    private static readonly IntakeLimits Limits = new();

    private static byte[] PdfWithPicture(string? text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.AddPng(TinyPng.Make(), new PdfRectangle(40, 600, 200, 800));
        if (text is not null)
        {
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            var y = 560.0;
            foreach (var line in text.Split('\n')) page.AddText(line, 10, new PdfPoint(40, y -= 15), font);
        }
        return builder.Build();
    }

    private static byte[] DocxWithPicture(string text)
    {
        var bytes = DocxWriter.Write(text);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var image = document.MainDocumentPart!.AddImagePart(ImagePartType.Png);
            using var png = new MemoryStream(TinyPng.Make());
            image.FeedData(png);
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_pdf_that_is_only_a_scan_is_rejected_as_such()
    {
        var item = Assert.Single(ResumeFileParser.Parse(new ResumeFile("scan.pdf", PdfWithPicture(null)), Limits));
        Assert.Equal(RejectionReason.ScannedWithoutText, item.Reason);
    }

    [Fact]
    public void A_photo_in_a_pdf_or_word_resume_is_recorded_as_removed_and_never_read()
    {
        var extractor = new ResumeExtractor(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);
        foreach (var file in new[] { new ResumeFile("a.pdf", PdfWithPicture("Jane Doe\nEducation\nFudan University, Bachelor of Finance, 2020")), new ResumeFile("a.docx", DocxWithPicture("张三\n教育背景\n2016.09 - 2020.06 四川大学 金融学 本科")) })
        {
            var item = Assert.Single(ResumeFileParser.Parse(file, Limits));
            Assert.True(item.HasPicture, file.Name);
            var profile = extractor.Extract(item.SourceName, item.Text!, item.HasPicture, item.Hidden);
            Assert.Contains(ProtectedAttribute.Photo, profile.ProtectedAttributesRemoved);
            Assert.Single(profile.Education);
        }
    }

    [Fact]
    public void Archive_limits_reject_with_too_large()
    {
        var entries = Enumerable.Range(0, 5).Select(i => ($"r{i}.txt", Encoding.UTF8.GetBytes("张三\n教育背景"))).ToArray();
        var tooMany = ResumeFileParser.Parse(new ResumeFile("many.zip", ParsingTestFiles.Zip(entries)), Limits with { MaxArchiveEntries = 4 });
        Assert.Equal(RejectionReason.TooLarge, Assert.Single(tooMany).Reason);

        var big = ResumeFileParser.Parse(new ResumeFile("big.zip", ParsingTestFiles.Zip(("big.txt", new byte[5000]), ("ok.txt", Encoding.UTF8.GetBytes("Jane Doe")))), Limits with { MaxArchiveEntryBytes = 4096 });
        Assert.Equal([RejectionReason.TooLarge, null], big.Select(i => i.Reason));
    }

    [Fact]
    public void Archives_inside_archives_are_not_opened()
    {
        var inner = ParsingTestFiles.Zip(("a.txt", Encoding.UTF8.GetBytes("Jane Doe")));
        var items = ResumeFileParser.Parse(new ResumeFile("outer.zip", ParsingTestFiles.Zip(("inner.zip", inner))), Limits);
        Assert.Equal(RejectionReason.UnsupportedType, Assert.Single(items).Reason);
    }

    [Fact]
    public void Zip_entry_names_from_chinese_windows_are_read_as_gbk()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, true, PlainTextDecoder.Gb18030))
        {
            using var entry = zip.CreateEntry("简历/王芳.txt").Open();
            entry.Write(Encoding.UTF8.GetBytes("王芳\n教育背景"));
        }
        var item = Assert.Single(ResumeFileParser.Parse(new ResumeFile("批量.zip", stream.ToArray()), Limits));
        Assert.Equal("批量.zip/简历/王芳.txt", item.SourceName);
    }
}
