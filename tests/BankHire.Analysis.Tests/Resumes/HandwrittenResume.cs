using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>
/// A resume written by hand in a layout the corpus generator does not produce, with what a careful
/// reader would extract from it. <see cref="Major"/> is null when the major is not one we know.
/// </summary>
public sealed record HandwrittenResume(
    string Id,
    string Text,
    string Name,
    string Phone,
    string Email,
    string School,
    DegreeLevel HighestDegree,
    string? Major,
    int GraduationYear,
    string[] Organisations,
    int[] Months,
    string[] Certificates,
    string[] Languages,
    string[] ProtectedValues);
