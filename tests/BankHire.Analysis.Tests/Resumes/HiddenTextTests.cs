using System.Text;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Tests.Text;
using BankHire.Corpus;
using BankHire.Corpus.Handwritten;
using static BankHire.Corpus.Handwritten.MiniDocx;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>Text a reader cannot see is kept out of the text, reported with how it was hidden, and earns nothing.</summary>
public sealed class HiddenTextTests
{
    private const string Keywords = "客户服务 柜员 反洗钱 合规 银行从业资格证";

    private static ParsedItem Parse(string name, byte[] content) => Assert.Single(ResumeFileParser.Parse(new ResumeFile(name, content), new IntakeLimits()));

    [Theory]
    [InlineData("white")]
    [InlineData("tiny")]
    [InlineData("vanish")]
    [InlineData("behind")]
    public void Hidden_Word_runs_and_boxes_are_set_apart(string trick)
    {
        var hiding = trick switch
        {
            "white" => P(Run(Keywords, White)),
            "tiny" => P(Run(Keywords, Size(3))),
            "vanish" => P(Run(Keywords, Vanish)),
            _ => TextBox(Keywords, 5_000_000, 500_000, behindText: true),
        };
        var item = Parse("r.docx", Write(Line("王小明"), hiding, Line("教育背景"), Line("2018.09-2022.06 四川大学 汉语言文学 本科")));
        Assert.DoesNotContain("反洗钱", item.Text);
        Assert.Contains("四川大学", item.Text);
        var hidden = Assert.Single(item.Hidden!);
        Assert.Equal(Keywords, hidden.Text);
    }

    [Fact]
    public void Visible_Word_text_boxes_tables_and_dark_text_are_read()
    {
        var item = Parse("r.docx", Write(Line("王小明"), Table(["姓名", "王小明"], ["学历", "本科"]), TextBox("求职意向：柜员", 3_000_000, 400_000, behindText: false),
            P(Run("灰色说明文字", "<w:color w:val=\"808080\"/>"))));
        Assert.Null(item.Hidden);
        Assert.Contains("姓名 | 王小明", item.Text);
        Assert.Contains("求职意向：柜员", item.Text);
        Assert.Contains("灰色说明文字", item.Text);
    }

    [Theory]
    [InlineData(3, 50, 10, false)]   // render mode 3: neither filled nor stroked
    [InlineData(0, 700, 10, false)]  // off the page
    [InlineData(0, 50, 1, false)]    // 1 pt
    [InlineData(0, 50, 10, true)]    // white on white paper
    public void Invisible_PDF_text_is_set_apart(int renderMode, double x, double size, bool white)
    {
        var pdf = new MiniPdf().Text(50, 800, 14, "王小明").Text(50, 780, 10, "2018.09-2022.06 四川大学 汉语言文学 本科")
            .Text(x, 600, size, Keywords, white ? (1, 1, 1) : null, renderMode).Build();
        var item = Parse("r.pdf", pdf);
        Assert.DoesNotContain("反洗钱", item.Text);
        Assert.Contains(item.Hidden!, h => h.Text.Contains("反洗钱"));
    }

    [Fact]
    public void HTML_pasted_into_a_text_resume_hides_nothing_from_the_screening()
    {
        var text = $"王小明\n<!-- {Keywords} -->\n<span style=\"display: none\">{Keywords}</span>\n<font color=\"#FFFFFF\">{Keywords}</font>\n<b>教育背景</b>\n四川大学 汉语言文学 本科";
        var item = Parse("r.txt", Encoding.UTF8.GetBytes(text));
        Assert.DoesNotContain("反洗钱", item.Text);
        Assert.Contains("教育背景", item.Text);
        Assert.Equal([HiddenTextKind.HtmlComment, HiddenTextKind.HtmlHidden, HiddenTextKind.HtmlHidden], item.Hidden!.Select(h => h.Kind));
    }

    [Fact]
    public void Hidden_keywords_earn_nothing_and_flag_the_resume_with_the_reason()
    {
        var spec = CorpusBuilder.Build().First(s => s.Archetype == Archetype.ServiceWorker && s.Chinese);
        var lines = CorpusFiles.Text(spec).Split('\n');
        var honest = Parse("a.docx", Write([.. lines.Select(Line)]));
        var stuffed = Parse("b.docx", Write([.. lines.Select(Line), P(Run(string.Join(" ", Enumerable.Repeat(Keywords, 20)), White + Size(2)))]));
        var extractor = new ResumeExtractor(TestLexicon.DomainOnly, CorpusBuilder.AsOf, TestIdNumbers.Hasher);
        var screener = new ResumeScreener(new ScreeningPlan(CorpusJobModels.Teller, TestLexicon.DomainOnly));
        var a = screener.Screen(extractor.Extract("a", honest.Text!, honest.HasPicture, honest.Hidden));
        var b = screener.Screen(extractor.Extract("b", stuffed.Text!, stuffed.HasPicture, stuffed.Hidden));
        Assert.Equal(a.Score, b.Score);
        Assert.False(a.StuffingDetected);
        Assert.True(b.StuffingDetected);
        var part = Assert.Single(b.Parts, p => p.Kind == ScreeningPartKind.HiddenText);
        Assert.Contains("字号不超过 2 磅", part.ExplanationZh);
        Assert.Contains("text of 2 pt or less", part.ExplanationEn);
    }
}
