using System.Text;

namespace BankHire.Corpus;

/// <summary>Writes a Chinese resume in one of two common layouts: plain headings with "|" fields, or 【】 headings with labelled lines.</summary>
internal static class ChineseResumeRenderer
{
    public static string Render(ResumeSpec spec)
    {
        var text = new StringBuilder();
        var plain = spec.Layout == 0;
        void Heading(string title) => text.AppendLine(plain ? title : $"【{title}】");

        if (plain)
        {
            text.AppendLine(spec.Name);
            text.AppendLine($"电话：{spec.Phone[..3]}-{spec.Phone[3..7]}-{spec.Phone[7..]} | 邮箱：{spec.Email}");
        }
        else
        {
            text.AppendLine("个人简历");
            text.AppendLine($"姓名：{spec.Name}");
            text.AppendLine($"手机：{spec.Phone}");
            text.AppendLine($"电子邮箱：{spec.Email}");
        }
        if (spec.ProtectedFacts.Count > 0) text.AppendLine(string.Join(" | ", spec.ProtectedFacts.Select(f => $"{f.Label}：{f.Value}")));
        if (spec.IdNumber is not null) text.AppendLine($"身份证号：{spec.IdNumber}");

        Heading(plain ? "教育背景" : "教育经历");
        foreach (var e in spec.Education)
        {
            var degree = e.Degree switch { CorpusDegree.Master => "硕士", CorpusDegree.Associate => "大专", _ => "本科" };
            text.AppendLine(plain
                ? $"{e.StartYear}.09 - {e.GraduationYear}.06 {e.School} {e.Major.Zh} {degree}"
                : $"{e.School}  {degree}  {e.Major.Zh}  {e.StartYear}年9月—{e.GraduationYear}年6月");
        }

        foreach (var group in spec.Experience.GroupBy(x => x.IsInternship))
        {
            Heading(group.Key ? "实习经历" : plain ? "工作经历" : "工作经验");
            foreach (var x in group)
            {
                var end = x.End is { } d ? (plain ? $"{d.Year}.{d.Month:D2}" : $"{d.Year}年{d.Month}月") : "至今";
                text.AppendLine(plain
                    ? $"{x.Start.Year}.{x.Start.Month:D2} - {end} {x.Organisation} | {x.Title}"
                    : $"{x.Organisation}  {x.Title}  {x.Start.Year}年{x.Start.Month}月—{end}");
                foreach (var line in x.Description) text.AppendLine(line);
            }
        }

        Heading(plain ? "证书" : "资格证书");
        text.AppendLine(string.Join("、", spec.Certificates.Select(c => c.Written).Concat(spec.Languages.Select(l => l.Written))));
        Heading("专业技能");
        foreach (var line in spec.SkillsLine) text.AppendLine(line);
        Heading("自我评价");
        foreach (var line in spec.Summary) text.AppendLine(line);
        return text.ToString().TrimEnd();
    }
}
