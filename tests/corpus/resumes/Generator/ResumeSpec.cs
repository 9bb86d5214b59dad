namespace BankHire.Corpus;

public enum Archetype { BankTeller, ServiceWorker, FinanceGraduate, Unrelated, AssociateDegree, KeywordStuffer }

public enum CorpusFormat { Txt, TxtGbk, Docx, Pdf }

/// <summary>Degree levels as the corpus labels them (the same order as the screening's DegreeLevel).</summary>
public enum CorpusDegree { None, Associate, Bachelor, Master, Doctorate }

public sealed record MajorSpec(string Key, string Zh, string En);

public sealed record EducationSpec(string School, CorpusDegree Degree, MajorSpec Major, int StartYear, int GraduationYear);

/// <summary>A job; a null <see cref="End"/> means it is still held ("至今", "Present").</summary>
public sealed record ExperienceSpec(string Organisation, string Title, DateOnly Start, DateOnly? End, bool IsInternship, bool IsBank, IReadOnlyList<string> Description);

/// <summary>
/// One fictional candidate and everything the extraction should find: the labels of the corpus.
/// <see cref="ExpectedTier"/> is the tier for the teller job: A strong, B possible, C weak or knocked out.
/// </summary>
public sealed record ResumeSpec(
    string Id,
    bool Chinese,
    int Layout,
    CorpusFormat Format,
    Archetype Archetype,
    string Name,
    string Phone,
    string Email,
    string? IdNumber,
    IReadOnlyList<(string Label, string Value)> ProtectedFacts,
    IReadOnlyList<EducationSpec> Education,
    IReadOnlyList<ExperienceSpec> Experience,
    IReadOnlyList<(string Key, string Written)> Certificates,
    IReadOnlyList<(string Test, string Written)> Languages,
    IReadOnlyList<string> SkillsLine,
    IReadOnlyList<string> Summary,
    char ExpectedTier)
{
    public string FileName => $"{Id}{Format switch { CorpusFormat.Docx => ".docx", CorpusFormat.Pdf => ".pdf", _ => ".txt" }}";

    public int MonthsOf(ExperienceSpec e, DateOnly asOf)
    {
        var end = e.End ?? asOf;
        return (end.Year - e.Start.Year) * 12 + end.Month - e.Start.Month + 1;
    }
}
