using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>One school attended. <see cref="Span"/> locates it in the screening text (null for roster rows).</summary>
public sealed record EducationEntry(string? School, DegreeLevel Degree, string? Major, int? GraduationYear, TextSpan? Span);
