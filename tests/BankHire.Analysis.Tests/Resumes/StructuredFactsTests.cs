using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Tests.Text;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>Degree levels in both languages' spellings, degree status, and whether certificates are held.</summary>
public sealed class StructuredFactsTests
{
    private static readonly ResumeExtractor Extractor = new(TestLexicon.DomainOnly, new DateOnly(2026, 11, 1), TestIdNumbers.Hasher);

    [Theory]
    [InlineData("B.A. in Economics", DegreeLevel.Bachelor)]
    [InlineData("BA (Hons) History", DegreeLevel.Bachelor)]
    [InlineData("B.Sc. Physics", DegreeLevel.Bachelor)]
    [InlineData("BSc Computing", DegreeLevel.Bachelor)]
    [InlineData("BBA, Marketing", DegreeLevel.Bachelor)]
    [InlineData("B.Eng in Civil Engineering", DegreeLevel.Bachelor)]
    [InlineData("LL.B., Law", DegreeLevel.Bachelor)]
    [InlineData("bachelor's degree in finance", DegreeLevel.Bachelor)]
    [InlineData("M.A. Translation", DegreeLevel.Master)]
    [InlineData("MSc Data Science", DegreeLevel.Master)]
    [InlineData("MBA", DegreeLevel.Master)]
    [InlineData("MPhil in Economics", DegreeLevel.Master)]
    [InlineData("PhD in Statistics", DegreeLevel.Doctorate)]
    [InlineData("管理学学士", DegreeLevel.Bachelor)]
    [InlineData("全日制本科", DegreeLevel.Bachelor)]
    [InlineData("硕士研究生", DegreeLevel.Master)]
    [InlineData("博士", DegreeLevel.Doctorate)]
    [InlineData("大专", DegreeLevel.Associate)]
    [InlineData("专科（高职）", DegreeLevel.Associate)]
    [InlineData("Proficient in MS Office", DegreeLevel.None)]
    [InlineData("Associate Financial Planner", DegreeLevel.None)]
    [InlineData("Scrum Master certified", DegreeLevel.None)]
    public void Degree_levels_are_read_in_either_language(string text, DegreeLevel expected) =>
        Assert.Equal(expected, DegreeReader.Read(text));

    [Theory]
    [InlineData("教育背景\n2023.09-至今 复旦大学 金融学 硕士在读\n2019.09-2023.06 南京大学 经济学 本科", DegreeLevel.Bachelor)]
    [InlineData("Education\nFudan University, MSc Finance, expected July 2027\nNanjing University, BA Economics, 2023", DegreeLevel.Bachelor)]
    [InlineData("Education\nZhejiang University, BEng Software Engineering (in progress, graduating 2028)", DegreeLevel.None)]
    [InlineData("教育背景\n2022.09-2026.06 四川大学 会计学 本科（预计2026年6月毕业）", DegreeLevel.None)]
    [InlineData("教育背景\n2016.09-2020.06 四川大学 会计学 本科", DegreeLevel.Bachelor)]
    public void A_degree_in_progress_or_expected_is_not_held(string text, DegreeLevel highestHeld) =>
        Assert.Equal(highestHeld, Extractor.Extract("t", text).HighestHeldDegree);

    [Theory]
    [InlineData("证书\n证券从业资格：正在备考", "证券从业资格")]
    [InlineData("证书\nCPA（六科已过三科，尚未取得）", "CPA")]
    [InlineData("证书\nFRM一级未通过", "FRM")]
    [InlineData("Certificates\nCFA Level I: scheduled for May 2027", "CFA")]
    [InlineData("Certificates\nPMP (studying for the exam)", "PMP")]
    [InlineData("Languages\nFamiliar with the IELTS format", "IELTS")]
    [InlineData("Certificates\nSecurities qualification - pending results", "证券从业资格")]
    public void A_certificate_in_preparation_expected_failed_or_only_familiar_is_not_held(string text, string key)
    {
        var profile = Extractor.Extract("t", text);
        Assert.DoesNotContain(profile.Certificates, c => c.Key == key);
        Assert.DoesNotContain(profile.Languages, l => l.Test == key);
        Assert.Contains(profile.NotHeldClaims, c => c.Key == key);
    }

    [Theory]
    [InlineData("证书\n证券从业资格（2024年取得）；CPA；FRM一级（已通过）", new[] { "证券从业资格", "CPA", "FRM" })]
    [InlineData("Certificates\nCFA Level II (passed 2025); Securities Practitioner Qualification", new[] { "CFA", "证券从业资格" })]
    [InlineData("证书\n基金从业资格证、证券从业资格（备考中）", new[] { "基金从业资格" })]
    public void Certificates_held_are_kept_beside_one_not_held(string text, string[] held) =>
        Assert.Equal(held.Order(), Extractor.Extract("t", text).Certificates.Select(c => c.Key).Order());
}
