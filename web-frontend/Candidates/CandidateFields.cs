using BankHire.Candidates;
using BankHire.Web.Problems;

namespace BankHire.Web.Candidates;

/// <summary>Field rules more than one candidate request shares.</summary>
public static class CandidateFields
{
    public static int? GraduationYear(int? year) =>
        year is null or (>= 1950 and <= 2100) ? year : throw ApiProblemException.Invalid("graduationYear", "'graduationYear' must be between 1950 and 2100.");

    public static CandidateStage Stage(CandidateStage stage) =>
        Enum.IsDefined(stage) ? stage : throw ApiProblemException.Invalid("stage", "'stage' is not a pipeline stage.");
}
