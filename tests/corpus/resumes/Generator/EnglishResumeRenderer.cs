using System.Globalization;
using System.Text;

namespace BankHire.Corpus;

/// <summary>Writes an English resume in one of two common layouts: title-case headings with "|" fields, or capitalised headings with labelled lines.</summary>
internal static class EnglishResumeRenderer
{
    public static string Render(ResumeSpec spec)
    {
        var text = new StringBuilder();
        var plain = spec.Layout == 0;
        void Heading(string title) => text.AppendLine(plain ? title : title.ToUpperInvariant());

        if (plain)
        {
            text.AppendLine(spec.Name);
            text.AppendLine($"Phone: {spec.Phone} | Email: {spec.Email}");
        }
        else
        {
            text.AppendLine("RESUME");
            text.AppendLine($"Name: {spec.Name}");
            text.AppendLine($"Mobile: +86 {spec.Phone[..3]} {spec.Phone[3..7]} {spec.Phone[7..]}");
            text.AppendLine($"E-mail: {spec.Email.ToUpperInvariant()}");
        }
        if (spec.ProtectedFacts.Count > 0) text.AppendLine(string.Join(" | ", spec.ProtectedFacts.Select(f => $"{f.Label}: {f.Value}")));

        Heading("Education");
        foreach (var e in spec.Education)
        {
            var degree = e.Degree switch { CorpusDegree.Master => "Master of Science", CorpusDegree.Associate => "Associate Degree", _ => "Bachelor of Arts" };
            text.AppendLine(plain
                ? $"{degree} in {e.Major.En}, {e.School}, {e.GraduationYear}"
                : $"{e.School} | {degree} in {e.Major.En} | {e.StartYear} - {e.GraduationYear}");
        }

        foreach (var group in spec.Experience.GroupBy(x => x.IsInternship))
        {
            Heading(group.Key ? "Internships" : plain ? "Work Experience" : "Professional Experience");
            foreach (var x in group)
            {
                string Month(DateOnly d) => plain ? d.ToString("MMM yyyy", CultureInfo.InvariantCulture) : d.ToString("MM/yyyy", CultureInfo.InvariantCulture);
                var end = x.End is { } d ? Month(d) : "Present";
                text.AppendLine(plain
                    ? $"{Month(x.Start)} - {end} | {x.Organisation} | {x.Title}"
                    : $"{x.Organisation}, {x.Title}, {Month(x.Start)} - {end}");
                foreach (var line in x.Description) text.AppendLine(line);
            }
        }

        if (spec.Certificates.Count > 0)
        {
            Heading("Certifications");
            text.AppendLine(string.Join(", ", spec.Certificates.Select(c => c.Written)));
        }
        Heading("Languages");
        text.AppendLine(string.Join(", ", spec.Languages.Select(l => l.Written)) + ", Mandarin (native)");
        Heading("Skills");
        foreach (var line in spec.SkillsLine) text.AppendLine(line);
        Heading("Summary");
        foreach (var line in spec.Summary) text.AppendLine(line);
        return text.ToString().TrimEnd();
    }
}
