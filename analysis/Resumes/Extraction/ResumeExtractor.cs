using System.Text;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Privacy;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Turns resume text into a profile. Order matters: contact details are read from the full text, then
/// contact lines and protected attributes are removed, and everything that scores is read from what is
/// left, so no span can point at a protected fact. <paramref name="asOf"/> closes open periods ("至今").
/// Thread-safe once built.
/// </summary>
public sealed class ResumeExtractor(TextLexicon lexicon, DateOnly asOf, IdNumberHasher idNumbers)
{
    private readonly ExperienceExtractor experience = new(lexicon);
    private readonly TermFinder certificates = TermFinder.FromEmbedded(lexicon, "Resumes.Data.certificates.txt");
    private readonly TermFinder skills = TermFinder.FromEmbedded(lexicon, "Resumes.Data.skills.txt");
    private readonly MajorList majors = MajorList.Embedded;

    public DateOnly AsOf => asOf;

    public ResumeProfile Extract(string sourceName, string text, bool hasPicture = false, IReadOnlyList<HiddenText>? hidden = null)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var sections = new SectionKind[lines.Length];
        var current = SectionKind.Header;
        var headerLines = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (SectionHeadings.Recognise(lines[i]) is { } heading)
            {
                if (current == SectionKind.Header) headerLines = i;
                current = heading;
            }
            sections[i] = current;
        }

        var contact = ContactExtractor.Extract(lines, headerLines, idNumbers);
        var nameLine = ContactExtractor.NameLineIndex(lines, headerLines);
        var removed = new List<ProtectedAttribute>();
        var kept = new List<ResumeLine>();
        var screening = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == nameLine || ContactExtractor.IsContactLine(line)) continue;
            var found = ProtectedAttributeRedactor.Detect(line, sections[i] is SectionKind.Header or SectionKind.Personal);
            if (found.Count > 0)
            {
                foreach (var attribute in found)
                    if (!removed.Contains(attribute)) removed.Add(attribute);
                continue;
            }
            if (screening.Length > 0) screening.Append('\n');
            kept.Add(new ResumeLine(line, screening.Length, sections[i]));
            screening.Append(line);
        }
        if (hasPicture && !removed.Contains(ProtectedAttribute.Photo)) removed.Add(ProtectedAttribute.Photo);
        var screeningText = screening.ToString();
        var tokens = lexicon.Tokenize(screeningText);

        var (held, languages, notHeld) = Holdings.Split(screeningText, certificates.FindAll(tokens), LanguageExtractor.Extract(screeningText));

        return new ResumeProfile(
            sourceName,
            contact,
            EducationExtractor.Extract(kept, screeningText, majors, asOf),
            experience.Extract(kept, screeningText, asOf),
            held,
            skills.Find(tokens),
            languages,
            null,
            screeningText,
            removed,
            notHeld,
            hidden is { Count: > 0 } ? hidden : null);
    }

    /// <summary>A roster row as a profile: its columns are already fields, and none of them is protected.</summary>
    public ResumeProfile FromRoster(string sourceName, RosterRow row)
    {
        var contact = new ContactDetails(row.Name, ContactExtractor.NormalisePhone(row.Phone), ContactExtractor.NormaliseEmail(row.Email), ContactExtractor.FindIdNumber(row.IdNumber) is { } id ? idNumbers.Hash(id) : null);
        var year = int.TryParse(row.GraduationYear?.Trim().TrimEnd('届', '年'), out var y) ? y : (int?)null;
        var education = row.School is null && row.Major is null && row.Degree is null
            ? []
            : new List<EducationEntry> { new(row.School, row.Degree is null ? DegreeLevel.None : DegreeReader.Read(row.Degree), row.Major is null ? null : MajorList.Embedded.Find(row.Major) ?? row.Major, year, null) };
        var text = string.Join('\n', new[] { row.School, row.Major, row.Degree }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new ResumeProfile(sourceName, contact, education, [], [], [], [], row.WrittenTestScore, text, []);
    }
}
