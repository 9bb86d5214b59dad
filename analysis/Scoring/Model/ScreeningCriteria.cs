namespace BankHire.Analysis.Scoring.Model;

/// <summary>How resumes are screened for the job: must-haves, nice-to-haves, education and experience.</summary>
public sealed record ScreeningCriteria(
    IReadOnlyList<Requirement> Knockouts,
    IReadOnlyList<Requirement> NiceToHaves,
    EducationRequirement Education,
    double MinExperienceYears);

/// <summary>A requirement met by any of its <see cref="Terms"/> (words or synonym-dictionary keys).</summary>
public sealed record Requirement(string Key, string LabelZh, string LabelEn, IReadOnlyList<string> Terms);

public sealed record EducationRequirement(DegreeLevel MinimumDegree, IReadOnlyList<string> PreferredMajors);

public enum DegreeLevel { None, Associate, Bachelor, Master, Doctorate }
