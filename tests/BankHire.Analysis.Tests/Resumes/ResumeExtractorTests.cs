using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Privacy;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Tests.Text;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class ResumeExtractorTests
{
    private static readonly ResumeExtractor Extractor = new(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);

    private static readonly ResumeProfile Chinese = Extractor.Extract("wang.txt", SampleResumes.Chinese);
    private static readonly ResumeProfile English = Extractor.Extract("chen.pdf", SampleResumes.English);

    [Fact]
    public void Chinese_contact_details_are_normalised()
    {
        Assert.Equal(new ContactDetails("王晓雨", "13812345678", "wang.xy@example.com", Chinese.Contact.IdNumberHash), Chinese.Contact);
        Assert.StartsWith(IdNumberHasher.KeyedPrefix, Chinese.Contact.IdNumberHash);
    }

    [Fact]
    public void Chinese_education_has_school_degree_major_and_year()
    {
        var entry = Assert.Single(Chinese.Education);
        Assert.Equal(("西南财经大学", DegreeLevel.Bachelor, "金融学", 2020), (entry.School, entry.Degree, entry.Major, entry.GraduationYear));
    }

    [Fact]
    public void Chinese_experience_items_have_durations_and_kinds()
    {
        Assert.Equal(2, Chinese.Experience.Count);
        var teller = Chinese.Experience[0];
        Assert.Equal(("中国工商银行成都分行", "综合柜员", 77, false, true, true),
            (teller.Organisation, teller.Title, teller.Months, teller.IsInternship, teller.IsBank, teller.IsCustomerService));
        var intern = Chinese.Experience[1];
        Assert.Equal(("招商银行", "大堂经理助理（实习）", 3, true, true), (intern.Organisation, intern.Title, intern.Months, intern.IsInternship, intern.IsBank));
    }

    [Fact]
    public void Chinese_certificates_skills_and_languages_are_found()
    {
        Assert.Equal(["银行从业资格", "初级会计职称"], Chinese.Certificates.Select(c => c.Key));
        Assert.Contains(Chinese.Languages, l => l is { Test: "CET-6", Score: 560 });
        Assert.Contains(Chinese.Skills, s => s.Key == "Excel");
        Assert.Contains(Chinese.Skills, s => s.Key == "现金业务");
    }

    [Fact]
    public void Protected_attributes_and_contact_lines_never_reach_the_screening_text()
    {
        Assert.Equal(
            [ProtectedAttribute.Sex, ProtectedAttribute.AgeOrBirthDate, ProtectedAttribute.Ethnicity, ProtectedAttribute.NativePlace, ProtectedAttribute.MaritalStatus, ProtectedAttribute.PoliticalStatus, ProtectedAttribute.IdNumber],
            Chinese.ProtectedAttributesRemoved);
        foreach (var word in new[] { "女", "26岁", "汉族", "四川", "未婚", "党员", "5101041998", "138", "王晓雨", "example.com" })
            Assert.DoesNotContain(word, Chinese.ScreeningText);
        Assert.StartsWith("个人简历\n教育背景", Chinese.ScreeningText);
    }

    [Fact]
    public void English_resume_fields_are_extracted()
    {
        Assert.Equal(new ContactDetails("Daniel Chen", "13900001111", "daniel.chen@example.com", null), English.Contact);
        Assert.Equal(
            [("Fudan University", DegreeLevel.Master, "金融工程", 2019), ("Wuhan University", DegreeLevel.Bachelor, "经济学", 2017)],
            English.Education.Select(e => (e.School, e.Degree, e.Major, e.GraduationYear)));
        Assert.Equal([("Bank of Shanghai", "Credit Risk Analyst", 89, false), ("PwC Consulting", "Audit Intern", 4, true)],
            English.Experience.Select(e => (e.Organisation, e.Title, e.Months, e.IsInternship)));
        Assert.Equal(["CFA", "FRM"], English.Certificates.Select(c => c.Key));
        Assert.Contains(English.Languages, l => l is { Test: "IELTS", Score: 7.5 });
        Assert.Contains(English.Skills, s => s.Key == "Python");
        Assert.Equal([ProtectedAttribute.Sex, ProtectedAttribute.AgeOrBirthDate, ProtectedAttribute.MaritalStatus], English.ProtectedAttributesRemoved);
    }

    [Fact]
    public void Every_span_points_at_its_words_in_the_screening_text()
    {
        foreach (var profile in new[] { Chinese, English })
        {
            var spans = profile.Education.Select(e => e.Span!).Concat(profile.Experience.Select(e => e.Span))
                .Concat(profile.Certificates.Select(c => c.Span)).Concat(profile.Skills.Select(s => s.Span)).Concat(profile.Languages.Select(l => l.Span));
            foreach (var span in spans)
                Assert.Equal(span.Snippet, profile.ScreeningText.Substring(span.Start, span.Length));
        }
    }

    [Theory]
    [InlineData("王晓雨 Wang Xiaoyu\n教育背景", "王晓雨")]
    [InlineData("王晓雨（Wang Xiaoyu）\n教育背景", "王晓雨")]
    [InlineData("简历\n李明 | 求职意向：柜员\n教育背景", "李明")]
    [InlineData("Resume - Grace Liu\nEducation", "Grace Liu")]
    [InlineData("Customer service work at a bank branch\nEducation", null)]
    public void The_name_is_found_in_the_usual_first_lines(string text, string? name)
    {
        Assert.Equal(name, Extractor.Extract("x.txt", text).Contact.Name);
    }
}
