using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Finds the keys of a concept list (certificates, skills) in a tokenized resume, each key once, at the
/// first place it appears. Each term is widened through the shared synonym dictionary.
/// </summary>
public sealed class TermFinder(TextLexicon lexicon, IEnumerable<Concept> concepts)
{
    private readonly TermMatcher matcher = lexicon.Synonyms.CompileMatcher(concepts.Select(c => (c.Key, c.Terms.AsEnumerable())).ToList());

    public static TermFinder FromEmbedded(TextLexicon lexicon, string file) =>
        new(lexicon, ConceptListReader.Read(EmbeddedData.ReadAll(file)));

    public List<FoundTerm> Find(TokenizedText text)
    {
        var found = new List<FoundTerm>();
        foreach (var match in matcher.Match(text))
            if (!found.Exists(f => f.Key == match.Label))
                found.Add(new FoundTerm(match.Label, new TextSpan(match.Start, match.Length, text.Snippet(match.Start, match.Length))));
        return found;
    }
}
