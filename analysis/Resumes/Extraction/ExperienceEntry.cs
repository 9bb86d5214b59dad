using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// One job or internship. Months are counted inclusively (2019.07–2019.12 is 6 months); an open end
/// ("至今", "Present") runs to the extraction's reference date.
/// </summary>
public sealed record ExperienceEntry(
    string? Organisation,
    string? Title,
    DateOnly Start,
    DateOnly End,
    int Months,
    bool IsInternship,
    bool IsBank,
    bool IsCustomerService,
    TextSpan Span);
