using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Finds the keys of a concept list (certificates, skills) in a tokenized resume, every place each appears.
/// Each term is widened through the shared synonym dictionary.
/// </summary>
public sealed class TermFinder(TextLexicon lexicon, IEnumerable<Concept> concepts)
{
    private readonly TermMatcher matcher = lexicon.Synonyms.CompileMatcher(concepts.Select(c => (c.Key, c.Terms.AsEnumerable())).ToList());

    public static TermFinder FromEmbedded(TextLexicon lexicon, string file) =>
        new(lexicon, ConceptListReader.Read(EmbeddedData.ReadAll(file)));

    /// <summary>Each key once, at the first place it appears.</summary>
    public List<FoundTerm> Find(TokenizedText text)
    {
        var found = new List<FoundTerm>();
        foreach (var term in FindAll(text))
            if (!found.Exists(f => f.Key == term.Key)) found.Add(term);
        return found;
    }

    public List<FoundTerm> FindAll(TokenizedText text) =>
        matcher.Match(text).Select(m => new FoundTerm(m.Label, new TextSpan(m.Start, m.Length, text.Snippet(m.Start, m.Length)))).ToList();

    /// <summary>The first key a single term names, or null (used to tell what a requirement's term means).</summary>
    public string? KeyOf(TokenizedText term)
    {
        foreach (var m in matcher.Match(term))
            if (m.Start == 0 && m.Length == term.Source.TrimEnd().Length) return m.Label;
        return null;
    }
}
