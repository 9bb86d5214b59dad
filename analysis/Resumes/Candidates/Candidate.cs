using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Analysis.Resumes.Candidates;

/// <summary>
/// One person, however many files described them. <see cref="Profile"/> is what screening reads: the
/// fullest resume, completed by the others (a roster's written-test score, missing contact fields).
/// </summary>
public sealed record Candidate(string Id, ResumeProfile Profile, IReadOnlyList<ResumeProfile> Sources)
{
    public IEnumerable<string> SourceNames => Sources.Select(s => s.SourceName);
}
