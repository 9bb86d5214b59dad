using System.Text;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Tests.Text;
using BankHire.Corpus;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>Damaged and random input: every file gets a result, nothing throws.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Random_and_truncated_files_never_throw_and_always_get_a_result()
    {
        var random = new Random(3);
        var valid = new[] { ("a.pdf", PdfWriter.Write("Jane Doe\nEducation\nFudan University")), ("a.docx", DocxWriter.Write("张三\n教育背景")), ("a.zip", ParsingTestFiles.Zip(("x.txt", "Jane"u8.ToArray()))), ("a.csv", "姓名,手机\n王芳,13800000000"u8.ToArray()) };
        var names = new[] { "x.pdf", "x.docx", "x.txt", "x.zip", "x.csv", "x.xlsx", "x" };
        for (var i = 0; i < 300; i++)
        {
            byte[] bytes;
            string name;
            if (i % 2 == 0)
            {
                (name, var source) = valid[i / 2 % valid.Length];
                bytes = source[..random.Next(1, source.Length)];
                if (i % 4 == 0 && bytes.Length > 20) bytes[random.Next(bytes.Length)] ^= 0xFF;
            }
            else
            {
                name = names[random.Next(names.Length)];
                bytes = new byte[random.Next(1, 2000)];
                random.NextBytes(bytes);
            }
            var items = ResumeFileParser.Parse(new ResumeFile(name, bytes), new IntakeLimits());
            Assert.NotEmpty(items);
            Assert.All(items, item => Assert.True(item.IsRejected || item.Text is not null || item.Row is not null));
        }
    }

    [Fact]
    public void Random_text_extracts_and_screens_without_throwing()
    {
        var random = new Random(5);
        var extractor = new ResumeExtractor(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);
        var screener = new ResumeScreener(new ScreeningPlan(CorpusJobModels.Teller, TestLexicon.DomainOnly));
        const string alphabet = "银行客户服务柜员教育背景工作经历至今年月大学本科硕士性别女男：:|-—.0123456789 \n\tabcXYZ@()（）、，。CET-6 Bank University 2019.07";
        for (var i = 0; i < 200; i++)
        {
            var text = new StringBuilder();
            for (var c = random.Next(0, 600); c > 0; c--) text.Append(alphabet[random.Next(alphabet.Length)]);
            var result = screener.Screen(extractor.Extract("r.txt", text.ToString()));
            Assert.InRange(result.Score, 0, 100);
        }
    }
}
