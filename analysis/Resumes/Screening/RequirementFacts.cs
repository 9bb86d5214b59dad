using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Tells what a requirement's terms name. All degrees (本科, 学士, bachelor, master …) → a degree check with the
/// lowest of them; all certificates or language tests (through Data/certificates.txt and the test names) → a
/// held-certificate check; mostly majors (Data/majors.txt) → a major check; anything else stays a term list.
/// One concept is thereby judged once, by one rule, whatever words a model uses for it.
/// </summary>
public sealed class RequirementFacts(TextLexicon lexicon)
{
    private readonly TermFinder certificates = TermFinder.FromEmbedded(lexicon, "Resumes.Data.certificates.txt");

    public RequirementFact Classify(Requirement requirement)
    {
        var terms = requirement.Terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (terms.Count == 0) return RequirementFact.Terms;

        var degrees = terms.Select(DegreeReader.Read).ToList();
        if (degrees.All(d => d != DegreeLevel.None))
            return new RequirementFact(RequirementFactKind.Degree, degrees.Min(), new HashSet<string>());

        var certificateKeys = terms.Select(CertificateOrTest).ToList();
        if (certificateKeys.All(k => k is not null))
            return new RequirementFact(RequirementFactKind.Certificate, DegreeLevel.None, certificateKeys.ToHashSet(StringComparer.Ordinal)!);

        var majors = terms.Select(t => MajorList.Embedded.Find(t)).ToList();
        if (majors.Count(m => m is not null) * 2 > terms.Count && degrees.All(d => d == DegreeLevel.None) && certificateKeys.All(k => k is null))
            return new RequirementFact(RequirementFactKind.Major, DegreeLevel.None, majors.Where(m => m is not null).ToHashSet(StringComparer.Ordinal)!);

        return RequirementFact.Terms;
    }

    private string? CertificateOrTest(string term)
    {
        if (LanguageExtractor.Extract(term) is [{ } test] && test.Span.Length >= term.Length - 2) return test.Test;
        return certificates.KeyOf(lexicon.Tokenize(term));
    }
}
