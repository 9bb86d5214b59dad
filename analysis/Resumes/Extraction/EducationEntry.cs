using System.Text.Json.Serialization;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// One school attended. <see cref="Span"/> locates it in the screening text (null for roster rows).
/// <see cref="Status"/> says whether the degree is held or still in progress (<see cref="StatusCue"/>: the words that said so).
/// </summary>
public sealed record EducationEntry(
    string? School, DegreeLevel Degree, string? Major, int? GraduationYear, TextSpan? Span,
    DegreeStatus Status = DegreeStatus.Held, string? StatusCue = null)
{
    [JsonIgnore]
    public bool IsHeld => Status == DegreeStatus.Held;
}
