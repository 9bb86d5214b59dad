using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Text;

/// <summary>
/// Every term, certificate, skill and major the shipped templates and dictionaries use has an equivalent in the
/// other language (Han ↔ Latin), so an English resume can earn what a Chinese one does and the other way round.
/// Product names and acronyms written the same in both (CFA, Java, Power BI) need none.
/// </summary>
public sealed class BilingualDictionaryTests(ITestOutputHelper output)
{
    private static readonly TextLexicon Lexicon = TestLexicon.DomainOnly;

    private static readonly List<Concept> Lists =
    [
        .. ConceptListReader.Read(EmbeddedData.ReadAll("Resumes.Data.certificates.txt")),
        .. ConceptListReader.Read(EmbeddedData.ReadAll("Resumes.Data.majors.txt")),
        .. ConceptListReader.Read(EmbeddedData.ReadAll("Resumes.Data.skills.txt")),
    ];

    [Fact]
    public void Every_shipped_term_has_an_equivalent_in_the_other_language()
    {
        var terms = JobTemplates.LoadAll().SelectMany(m =>
                m.Competencies.SelectMany(c => c.ResumeTerms)
                    .Concat(m.Screening.Knockouts.Concat(m.Screening.NiceToHaves).SelectMany(r => r.Terms))
                    .Concat(m.Screening.Education.PreferredMajors))
            .Concat(Lists.SelectMany(c => c.Terms.Prepend(c.Key)))
            .Concat(Lexicon.Synonyms.Concepts.SelectMany(c => c.Terms))
            .Distinct()
            .ToList();
        var missing = terms.Where(t => NeedsEquivalent(t) && !Equivalents(t).Any(e => IsHan(e) != IsHan(t))).ToList();
        foreach (var term in missing) output.WriteLine(term);
        Assert.True(missing.Count == 0, $"{missing.Count} of {terms.Count} terms have no equivalent in the other language: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> Equivalents(string term)
    {
        var direct = Lists.Where(c => string.Equals(c.Key, term, StringComparison.OrdinalIgnoreCase) || c.Terms.Contains(term, StringComparer.OrdinalIgnoreCase)).SelectMany(c => c.Terms.Prepend(c.Key)).Append(term).ToList();
        return direct.SelectMany(Lexicon.Synonyms.Expand).Concat(direct);
    }

    private static bool IsHan(string term) => term.Any(c => c >= 0x3400 && c <= 0x9FFF);

    /// <summary>Han terms always; Latin terms unless they are names or acronyms written the same in Chinese resumes.</summary>
    private static bool NeedsEquivalent(string term)
    {
        if (IsHan(term)) return true;
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words.Length == 1 && !term.All(c => char.IsLower(c) || c == '-');
        var acronym = words.Any(w => w.Length >= 2 && !w.Any(char.IsLower));
        return !(name || acronym);
    }
}
