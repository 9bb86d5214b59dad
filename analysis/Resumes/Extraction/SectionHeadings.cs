namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>Recognises section headings (教育背景, Work Experience …): a short line that is only a known heading.</summary>
public static class SectionHeadings
{
    private static readonly (SectionKind Kind, string[] Words)[] Headings =
    [
        (SectionKind.Personal, ["个人信息", "基本信息", "个人资料", "联系方式", "personal information", "personal details", "contact", "contact information"]),
        (SectionKind.Education, ["教育背景", "教育经历", "学历", "学习经历", "education", "education background", "academic background"]),
        (SectionKind.Experience, ["工作经历", "工作经验", "职业经历", "从业经历", "工作履历", "experience", "work experience", "professional experience", "employment history", "employment", "work history"]),
        (SectionKind.Internship, ["实习经历", "实习经验", "实习", "internship", "internships", "internship experience"]),
        (SectionKind.Projects, ["项目经历", "项目经验", "项目", "projects", "project experience"]),
        (SectionKind.Campus, ["校园经历", "在校经历", "社会实践", "学生工作", "社团经历", "活动经历", "campus activities", "activities", "extracurricular activities", "leadership", "volunteer experience"]),
        (SectionKind.Skills, ["专业技能", "技能", "技能特长", "个人技能", "skills", "technical skills", "skills and tools", "core skills", "key skills", "关键词", "keywords"]),
        (SectionKind.Certificates, ["证书", "资格证书", "职业资格", "证书资质", "获得证书", "certificates", "certifications", "licenses", "qualifications"]),
        (SectionKind.Languages, ["语言能力", "外语能力", "语言", "languages", "language skills"]),
        (SectionKind.Awards, ["获奖情况", "荣誉奖励", "奖励", "荣誉", "awards", "honors", "honours", "awards and honors"]),
        (SectionKind.Summary, ["自我评价", "个人评价", "自我介绍", "求职意向", "个人简介", "summary", "profile", "objective", "about me", "career objective"]),
    ];

    public static SectionKind? Recognise(string line)
    {
        var trimmed = line.Trim().Trim('【', '】', '[', ']', '#', '*', '-', '=', ':', '：', ' ', '■', '●', '|').Trim();
        if (trimmed.Length == 0 || trimmed.Length > 30) return null;
        var key = trimmed.ToLowerInvariant().Replace('&', ' ').Replace("  ", " ");
        foreach (var (kind, words) in Headings)
            if (words.Contains(key)) return kind;
        return null;
    }
}
