using BankHire.Corpus;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Tests.Text;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class ResumeScreenerTests
{
    private static readonly ResumeExtractor Extractor = new(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);
    private static readonly ResumeScreener Teller = new(new ScreeningPlan(CorpusJobModels.Teller, TestLexicon.DomainOnly));
    private static readonly ResumeScreener Risk = new(new ScreeningPlan(CorpusJobModels.RiskAnalyst, TestLexicon.DomainOnly));

    private const string WeakResume = """
        赵强
        教育背景
        2018.09 - 2022.06 某某理工学院 机械工程 本科
        工作经历
        2022.07 - 2023.06 某机械制造公司 | 技术员
        负责设备巡检和维修记录。
        """;

    private static ScreeningResult ScreenTeller(string text, string source = "r.txt", bool picture = false) => Teller.Screen(Extractor.Extract(source, text, picture));

    [Fact]
    public void Bank_teller_resume_scores_high_with_every_part_explained()
    {
        var result = ScreenTeller(SampleResumes.Chinese);
        Assert.InRange(result.Score, 75, 100);
        Assert.False(result.KnockedOut);
        Assert.Equal(100, result.Parts.Sum(p => p.MaxPoints), 6);
        Assert.All(result.Parts, p => Assert.False(string.IsNullOrWhiteSpace(p.ExplanationZh) || string.IsNullOrWhiteSpace(p.ExplanationEn)));
        var service = result.Parts.Single(p => p.Key == "service");
        Assert.True(service.Points > 0);
        Assert.Contains("服务意识", service.ExplanationZh);
        Assert.Equal(1, result.CompetencyEvidence["service"].Value);
    }

    [Fact]
    public void Every_point_is_traced_to_spans_of_the_screening_text()
    {
        var profile = Extractor.Extract("r.txt", SampleResumes.Chinese);
        var result = Teller.Screen(profile);
        foreach (var part in result.Parts.Where(p => p.Points > 0 || p.Met))
        {
            Assert.NotEmpty(part.Evidence);
            foreach (var span in part.Evidence)
                Assert.Equal(span.Snippet, profile.ScreeningText.Substring(span.Start, span.Length));
        }
    }

    [Fact]
    public void Unrelated_resume_scores_low()
    {
        var strong = ScreenTeller(SampleResumes.Chinese);
        var weak = ScreenTeller(WeakResume);
        Assert.True(weak.Score < 40, $"weak resume scored {weak.Score}");
        Assert.True(strong.Score - weak.Score > 35);
    }

    [Fact]
    public void Keyword_stuffing_does_not_pay()
    {
        var stuffing = string.Concat(Enumerable.Repeat("客户服务 服务意识 客户满意度 沟通能力 团队合作 抗压能力 投诉处理 合规 现金业务 柜员\n", 30))
            + string.Concat(Enumerable.Repeat("我热爱客户服务。\n", 20))
            + "关键词：客户服务、客服、柜台服务、服务意识、沟通、抗压、合规、反洗钱、点钞、现金\n";
        var weak = ScreenTeller(WeakResume);
        var stuffed = ScreenTeller(WeakResume + "\n" + stuffing);
        var honest = ScreenTeller(SampleResumes.Chinese);

        Assert.True(stuffed.StuffingDetected);
        Assert.False(weak.StuffingDetected);
        Assert.True(stuffed.Score < honest.Score, $"stuffed {stuffed.Score} vs honest {honest.Score}");
        Assert.True(stuffed.Score - weak.Score <= 10, $"stuffing added {stuffed.Score - weak.Score} points");
        Assert.Contains("关键词列表或重复", stuffed.Parts.Single(p => p.Key == "service").ExplanationZh);
    }

    [Fact]
    public void Protected_attributes_do_not_change_the_score_or_the_explanation()
    {
        var other = SampleResumes.Chinese
            .Replace("性别：女 | 年龄：26岁 | 民族：汉族 | 籍贯：四川成都", "性别：男 | 出生日期：1989年5月 | 民族：回族 | 籍贯：甘肃临夏")
            .Replace("婚姻状况：未婚 | 政治面貌：中共党员", "婚姻状况：已婚已育 | 政治面貌：群众 | 宗教信仰：伊斯兰教 | 身高：172cm")
            .Replace("身份证号：510104199801011234", "身份证号：622901198905051236");
        Assert.NotEqual(SampleResumes.Chinese, other);

        var a = ScreenTeller(SampleResumes.Chinese);
        var b = ScreenTeller(other, picture: true);

        Assert.Equal(a.Score, b.Score);
        Assert.Equal(a.Parts.Select(p => (p.Key, p.Points, p.ExplanationZh, p.ExplanationEn)), b.Parts.Select(p => (p.Key, p.Points, p.ExplanationZh, p.ExplanationEn)));
        Assert.Equal(a.Features, b.Features);
        var explanations = string.Join("\n", b.Parts.SelectMany(p => new[] { p.ExplanationZh, p.ExplanationEn }));
        foreach (var word in new[] { "男", "女", "回族", "汉族", "已婚", "未婚", "群众", "党员", "伊斯兰", "甘肃", "四川", "1989", "172", "照片" })
            Assert.DoesNotContain(word, explanations);
    }

    [Fact]
    public void Missing_must_have_caps_the_score_and_says_why()
    {
        var result = Risk.Screen(Extractor.Extract("chen.pdf", SampleResumes.English.Replace("Master of Science in Financial Engineering", "Bachelor of Arts in History").Replace("Bachelor of Economics", "Bachelor of Arts")));
        Assert.True(result.KnockedOut);
        Assert.True(result.Score <= 30);
        var degree = result.Parts.Single(p => p.Key == "degree");
        Assert.False(degree.Met);
        Assert.Contains("not met", degree.ExplanationEn);
    }

    [Fact]
    public void English_risk_analyst_meets_must_haves_and_earns_certificates()
    {
        var result = Risk.Screen(Extractor.Extract("chen.pdf", SampleResumes.English));
        Assert.False(result.KnockedOut, string.Join("\n", result.Parts.Select(p => p.ExplanationEn)));
        Assert.All(result.Parts.Where(p => p.Kind == ScreeningPartKind.NiceToHave), p => Assert.True(p.Met));
        Assert.InRange(result.Score, 70, 100);
        Assert.Equal(1, result.Features.Single(f => f.Name == "resume_certificate_score").Value);
    }
}
