using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>What a must-have or nice-to-have is about, so it is decided from the extracted fact and not from words.</summary>
public enum RequirementFactKind
{
    /// <summary>Only words name it: met when one appears in a real sentence (not in a claim the resume says is not held).</summary>
    Terms,
    /// <summary>A degree level: met when a degree at least that high is held.</summary>
    Degree,
    /// <summary>Certificates or language tests: met when one of them is held.</summary>
    Certificate,
    /// <summary>A field of study: met when an education entry is in it.</summary>
    Major,
}

/// <summary>A requirement's kind with what it needs: the lowest degree, or the certificate/test/major keys.</summary>
public sealed record RequirementFact(RequirementFactKind Kind, DegreeLevel MinimumDegree, IReadOnlySet<string> Keys)
{
    public static readonly RequirementFact Terms = new(RequirementFactKind.Terms, DegreeLevel.None, new HashSet<string>());
}
