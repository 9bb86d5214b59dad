using System.Globalization;

namespace BankHire.Corpus;

/// <summary>
/// Builds the resume corpus deterministically from a seed: six archetypes, Chinese and English, several
/// layouts, TXT (UTF-8 and GBK), DOCX and PDF. The same seed always gives the same people and files.
/// </summary>
public static class CorpusBuilder
{
    public static readonly DateOnly AsOf = new(2026, 11, 1);

    public static List<ResumeSpec> Build(int count = 36, int seed = 20261101)
    {
        var random = new Random(seed);
        var specs = new List<ResumeSpec>(count);
        for (var i = 0; i < count; i++)
        {
            var archetype = (Archetype)(i % 6);
            var chinese = i / 6 % 2 == 0;
            var formats = chinese ? new[] { CorpusFormat.Txt, CorpusFormat.TxtGbk, CorpusFormat.Docx, CorpusFormat.Pdf } : [CorpusFormat.Txt, CorpusFormat.Docx, CorpusFormat.Pdf];
            var format = formats[(i / 12 + i % formats.Length) % formats.Length];
            specs.Add(Make($"r{i + 1:D3}", archetype, chinese, (i / 3 + i) % 2, format, random));
        }
        return specs;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static ResumeSpec Make(string id, Archetype archetype, bool zh, int layout, CorpusFormat format, Random random)
    {
        var name = zh ? Pick(random, CorpusPools.Surnames) + Pick(random, CorpusPools.GivenNames) : $"{Pick(random, CorpusPools.EnglishGiven)} {Pick(random, CorpusPools.PinyinSurnames)}";
        var phone = "1" + Pick(random, new[] { "38", "39", "36", "58", "86", "77" }) + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var email = $"{(zh ? "cand" : name.Split(' ')[0].ToLowerInvariant())}.{id}@example.com";
        var idNumber = zh && random.Next(2) == 0 ? $"51010{random.Next(4)}{random.Next(1990, 2003)}0{random.Next(1, 9)}1{random.Next(0, 9)}{random.Next(100, 999)}{random.Next(0, 9)}" : null;
        var protectedFacts = zh
            ? new List<(string, string)> { ("性别", Pick(random, new[] { "男", "女" })), ("出生年月", $"{random.Next(1993, 2003)}.0{random.Next(1, 9)}"), ("民族", Pick(random, new[] { "汉族", "回族", "土家族" })), ("籍贯", Pick(random, new[] { "湖南长沙", "四川绵阳", "河南洛阳" })), ("政治面貌", Pick(random, new[] { "共青团员", "中共党员", "群众" })) }
            : new List<(string, string)> { ("Gender", Pick(random, new[] { "Male", "Female" })), ("Date of Birth", $"{random.Next(1993, 2003)}-0{random.Next(1, 9)}-1{random.Next(0, 9)}"), ("Marital Status", Pick(random, new[] { "Single", "Married" })) };
        protectedFacts = protectedFacts.Take(random.Next(1, protectedFacts.Count + 1)).ToList();

        var graduation = archetype == Archetype.FinanceGraduate ? 2026 : random.Next(2017, 2023);
        var degree = archetype switch
        {
            Archetype.AssociateDegree => CorpusDegree.Associate,
            Archetype.FinanceGraduate when random.Next(2) == 0 => CorpusDegree.Master,
            _ => CorpusDegree.Bachelor,
        };
        var major = archetype is Archetype.Unrelated or Archetype.KeywordStuffer ? Pick(random, CorpusPools.OtherMajors)
            : archetype == Archetype.ServiceWorker && random.Next(2) == 0 ? Pick(random, CorpusPools.OtherMajors)
            : Pick(random, CorpusPools.FinanceMajors);
        var school = degree == CorpusDegree.Associate ? Pick(random, zh ? CorpusPools.CollegesZh : CorpusPools.CollegesEn) : Pick(random, zh ? CorpusPools.SchoolsZh : CorpusPools.SchoolsEn);
        var years = degree switch { CorpusDegree.Associate => 3, CorpusDegree.Master => 3, _ => 4 };
        var education = new List<EducationSpec> { new(school, degree, major, graduation - years, graduation) };

        var experience = new List<ExperienceSpec>();
        var jobStart = new DateOnly(graduation, 7, 1);
        var jobEnd = random.Next(3) == 0 ? (DateOnly?)null : new DateOnly(Math.Min(2026, graduation + random.Next(1, 5)), random.Next(1, 11), 1);
        if (jobEnd is { } e && (e <= jobStart || e > AsOf)) jobEnd = null;
        string Duty(string template) => string.Format(CultureInfo.InvariantCulture, template, random.Next(60, 120), random.Next(10, 60));
        switch (archetype)
        {
            case Archetype.BankTeller:
            case Archetype.AssociateDegree:
                experience.Add(new ExperienceSpec(Pick(random, zh ? CorpusPools.BanksZh : CorpusPools.BanksEn), Pick(random, zh ? CorpusPools.TellerTitlesZh : CorpusPools.TellerTitlesEn), jobStart, jobEnd, false, true,
                    (zh ? CorpusPools.BankDutiesZh : CorpusPools.BankDutiesEn).Select(Duty).Take(random.Next(3, 5)).ToList()));
                break;
            case Archetype.ServiceWorker:
                experience.Add(new ExperienceSpec(Pick(random, zh ? CorpusPools.ServiceZh : CorpusPools.ServiceEn), zh ? "客服专员" : "Customer Service Representative", jobStart, jobEnd, false, false,
                    (zh ? CorpusPools.ServiceDutiesZh : CorpusPools.ServiceDutiesEn).ToList()));
                break;
            case Archetype.FinanceGraduate:
                experience.Add(new ExperienceSpec(Pick(random, zh ? CorpusPools.BanksZh : CorpusPools.BanksEn), zh ? "柜台实习生" : "Branch Intern", new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 1), true, true,
                    (zh ? CorpusPools.InternDutiesZh : CorpusPools.InternDutiesEn).ToList()));
                break;
            default:
                experience.Add(new ExperienceSpec(Pick(random, zh ? CorpusPools.UnrelatedZh : CorpusPools.UnrelatedEn), zh ? "技术员" : "Technician", jobStart, jobEnd, false, false,
                    (zh ? CorpusPools.UnrelatedDutiesZh : CorpusPools.UnrelatedDutiesEn).ToList()));
                break;
        }

        var certificates = new List<(string, string)>();
        if (archetype is Archetype.BankTeller or Archetype.FinanceGraduate or Archetype.AssociateDegree)
            certificates.Add(("银行从业资格", zh ? Pick(random, new[] { "银行从业资格证", "银行业专业人员职业资格证书" }) : "China Banking Professional Qualification"));
        if (archetype is Archetype.BankTeller && random.Next(2) == 0) certificates.Add(("初级会计职称", zh ? "初级会计职称" : "Junior Accountant Certificate"));
        if (archetype is Archetype.FinanceGraduate && random.Next(2) == 0) certificates.Add(("CFA", zh ? "CFA一级" : "CFA Level I"));

        var languages = new List<(string, string)>();
        var cet = archetype is Archetype.BankTeller or Archetype.FinanceGraduate ? "CET-6" : "CET-4";
        var cetScore = random.Next(430, 600);
        languages.Add((cet, zh ? $"{(cet == "CET-6" ? "大学英语六级" : "大学英语四级")}（{cetScore}分）" : $"{cet} ({cetScore})"));
        if (!zh && random.Next(2) == 0) languages.Add(("IELTS", $"IELTS {6 + random.Next(0, 3) * 0.5:0.0}"));

        var skills = archetype switch
        {
            Archetype.BankTeller or Archetype.AssociateDegree => zh ? new[] { "熟练使用Excel，掌握点钞与反假币技能" } : ["Proficient in Excel; fast and accurate cash counting"],
            Archetype.Unrelated or Archetype.KeywordStuffer => zh ? ["熟练使用AutoCAD和SolidWorks"] : ["AutoCAD, SolidWorks"],
            _ => zh ? ["熟练使用Excel和PowerPoint"] : ["Excel, PowerPoint"],
        };
        var summary = archetype switch
        {
            Archetype.BankTeller or Archetype.ServiceWorker or Archetype.AssociateDegree => zh ? new[] { "善于沟通，具有团队合作精神，能在业务高峰时段承受压力。" } : ["A good listener and team player who stays calm under pressure and puts customers first."],
            Archetype.FinanceGraduate => zh ? ["学习能力强，做事细致认真，希望从柜员做起服务客户。"] : ["A quick learner with attention to detail who wants to start as a teller serving customers."],
            Archetype.KeywordStuffer => Enumerable.Repeat(zh ? CorpusPools.StuffingZh : CorpusPools.StuffingEn, 12).ToArray(),
            _ => zh ? ["踏实肯干，动手能力强。"] : ["Hands-on and reliable."],
        };
        var tier = archetype switch
        {
            Archetype.BankTeller => 'A',
            Archetype.ServiceWorker or Archetype.FinanceGraduate => 'B',
            _ => 'C',
        };
        return new ResumeSpec(id, zh, layout, format, archetype, name, phone, email, idNumber, protectedFacts, education, experience, certificates, languages, skills, summary, tier);
    }
}
