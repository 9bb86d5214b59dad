using BankHire.Analysis.Resumes.Privacy;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// What one source says about a candidate. <see cref="ScreeningText"/> is the resume without contact
/// details and protected attributes; every span in the profile points into it, and it is all that
/// screening reads. <see cref="ProtectedAttributesRemoved"/> names what was taken out, never its value.
/// </summary>
public sealed record ResumeProfile(
    string SourceName,
    ContactDetails Contact,
    IReadOnlyList<EducationEntry> Education,
    IReadOnlyList<ExperienceEntry> Experience,
    IReadOnlyList<FoundTerm> Certificates,
    IReadOnlyList<FoundTerm> Skills,
    IReadOnlyList<LanguageSkill> Languages,
    double? WrittenTestScore,
    string ScreeningText,
    IReadOnlyList<ProtectedAttribute> ProtectedAttributesRemoved);
