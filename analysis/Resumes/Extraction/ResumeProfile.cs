using System.Text.Json.Serialization;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Privacy;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// What one source says about a candidate. <see cref="ScreeningText"/> is the resume without contact
/// details and protected attributes; every span in the profile points into it, and it is all that
/// screening reads. <see cref="ProtectedAttributesRemoved"/> names what was taken out, never its value.
/// <see cref="Certificates"/> and <see cref="Languages"/> are those held; <see cref="NotHeld"/> those named but
/// not held (in preparation, expected, failed …). <see cref="HiddenText"/> is what the file hid from a reader:
/// never screened, only reported.
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
    IReadOnlyList<ProtectedAttribute> ProtectedAttributesRemoved,
    IReadOnlyList<NotHeldClaim>? NotHeld = null,
    IReadOnlyList<HiddenText>? HiddenText = null)
{
    [JsonIgnore]
    public IReadOnlyList<NotHeldClaim> NotHeldClaims => NotHeld ?? [];

    [JsonIgnore]
    public IReadOnlyList<HiddenText> HiddenTexts => HiddenText ?? [];

    /// <summary>The highest degree held (one in progress or expected does not count).</summary>
    [JsonIgnore]
    public DegreeLevel HighestHeldDegree => Education.Where(e => e.IsHeld).Select(e => e.Degree).DefaultIfEmpty(DegreeLevel.None).Max();
}
