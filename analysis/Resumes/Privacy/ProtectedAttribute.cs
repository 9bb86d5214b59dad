namespace BankHire.Analysis.Resumes.Privacy;

/// <summary>Facts about a person that must not influence screening (anti-discrimination rules and bank policy).</summary>
public enum ProtectedAttribute
{
    Sex,
    AgeOrBirthDate,
    Ethnicity,
    MaritalStatus,
    Photo,
    NativePlace,
    PoliticalStatus,
    Religion,
    HealthOrBody,
    IdNumber,
}
