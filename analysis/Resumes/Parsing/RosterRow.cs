namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// One candidate of a campus-drive roster (CSV or XLSX). Columns the screening must not see
/// (sex, ethnicity, birth date …) are never read into it.
/// </summary>
public sealed record RosterRow(
    string? Name,
    string? Phone,
    string? Email,
    string? IdNumber,
    string? School,
    string? Major,
    string? Degree,
    string? GraduationYear,
    double? WrittenTestScore);
