using BankHire.Analysis.Features;
using BankHire.Analysis.Reports;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Tests.Scoring;
using UglyToad.PdfPig;

namespace BankHire.Analysis.Tests.Reports;

public sealed class CandidateReportPdfTests
{
    private static readonly DateTimeOffset Scored = new(2027, 3, 2, 10, 15, 0, TimeSpan.FromHours(8));

    private static CandidateReportContent Content(string name = "王小明", BankHire.Analysis.Scoring.Model.CompetencyModel? model = null)
    {
        var report = RubricScorer.Score(model ?? TestModels.Valid(), 7,
        [
            FeatureValue.Of("smile_ratio", 0.75, "vision-1.2.0"),
            FeatureValue.Of("polite_phrase_rate", 0.6, "text-0.9.3"),
            FeatureValue.Of("pause_ratio", 0.30, "audio-2.0.1"),
            FeatureValue.Of("expected_point_coverage", 0.70, "text-0.9.3"),
        ], ScoringContext.AllConsents);
        return CandidateReportContent.From(ScoreReportDocument.For(report), name, Guid.NewGuid(), "teller-2027", "综合柜员", "Teller",
            Guid.NewGuid(), Scored, Scored.AddHours(1));
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public void The_report_reads_back_with_candidate_job_rubric_scores_targets_contributions_and_both_explanations()
    {
        var content = Content();
        var pdf = CandidateReportPdf.Render(content, ReportFontFiles.All);
        // Kept beside the tests to look at (pdftoppm turns it into pictures).
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "candidate-report.pdf"), pdf);
        var text = Text(pdf);

        Assert.Contains("王小明", text);
        Assert.Contains("综合柜员", text);
        Assert.Contains("v7", text);
        var service = content.Report.Competencies.Single(c => c.Key == "service_orientation");
        Assert.Contains("服务意识", text);
        Assert.Contains("Service", text);
        Assert.Contains($"{service.Score:0.#}", text);
        Assert.Contains($"{service.Points:0.#}/{service.MaxPoints:0.##}", text.Replace(" ", ""));
        Assert.Contains($"≥{service.PassThreshold:0.##}", text.Replace(" ", ""));
        Assert.Contains("75/100", text.Replace(" ", ""));
        Assert.Contains("建议复试", text);
        Assert.Contains(content.ExplanationZh.Lines.First(l => l.Contains("微笑比例")).Trim().Replace(" ", ""), text.Replace(" ", ""));
        Assert.Contains("smile", text); // the English explanation
    }

    [Fact]
    public void A_report_that_could_not_be_scored_shows_no_suggestion()
    {
        var content = Content();
        var unscored = content with { Report = content.Report with { Recommendation = Recommendation.NeedsHumanReview, OverallScore = null } };
        Assert.Null(unscored.Suggestion);
        var text = Text(CandidateReportPdf.Render(unscored, ReportFontFiles.All)).Replace(" ", "");
        Assert.Contains("需人工复核", text);
        Assert.Contains("—/100", text);
    }

    [Fact]
    public void More_than_255_different_characters_and_long_text_wrap_onto_more_pages_and_read_back_whole()
    {
        // Over a thousand different characters: more than one simple TrueType font can carry.
        var chinese = new string([.. Enumerable.Range(0x4E00, 1200).Select(c => (char)c)]);
        var content = Content();
        content = content with { ExplanationZh = content.ExplanationZh with { Lines = [.. content.ExplanationZh.Lines, chinese] } };

        var pdf = CandidateReportPdf.Render(content, ReportFontFiles.All);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2, $"{document.NumberOfPages} page(s)");
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        var found = new string([.. text.Where(c => c >= 0x4E00 && c < 0x4E00 + 1200)]);
        Assert.Contains(chinese, found);
        foreach (var page in document.GetPages())
        {
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width - PdfPages.Margin + 1));
        }
        Assert.Contains($"Page {document.NumberOfPages} of {document.NumberOfPages}", text);
    }

    [Fact]
    public void A_missing_font_is_reported_with_the_package_to_install()
    {
        var (paths, problem) = ReportFonts.Find([ReportFonts.Latin, ReportFonts.Chinese with { KnownPaths = ["/nonexistent/font.ttf"] }]);
        Assert.Empty(paths);
        Assert.Contains("apt-get install fonts-droid-fallback", problem);
        Assert.DoesNotContain("fonts-dejavu-core", problem);
    }

    [Fact]
    public void Chinese_and_latin_characters_each_come_from_the_font_that_has_them()
    {
        var pdf = CandidateReportPdf.Render(Content("Zhang Wei 张伟"), ReportFontFiles.All);
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var fontOf = (string s) => letters.First(l => l.Value == s).FontName;
        Assert.Contains("DejaVu", fontOf("Z"));
        Assert.Contains("Droid", fontOf("张"));
    }
}
