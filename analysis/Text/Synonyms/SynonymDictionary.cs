using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Text.Synonyms;

/// <summary>
/// Concepts and their synonyms, extendable at run time. Looking up any term or key of a concept
/// expands to all of its terms. Terms are not added to the word dictionary: a phrase such as 接待客户
/// made one word would hide the word 客户 inside it (words are added with TextLexicon.AddWord).
/// Readers use immutable snapshots; <see cref="Version"/> changes on every addition so
/// compiled matchers know when to rebuild.
/// </summary>
public sealed class SynonymDictionary(Tokenizer tokenizer)
{
    private readonly Lock writeLock = new();
    private volatile Snapshot current = new(new Dictionary<string, Concept>(StringComparer.Ordinal), new Dictionary<string, string[]>(StringComparer.Ordinal), 0);

    public Tokenizer Tokenizer { get; } = tokenizer;

    public int Version => current.Version;

    public IReadOnlyCollection<Concept> Concepts => current.Concepts.Values;

    public Concept? FindConcept(string key) => current.Concepts.GetValueOrDefault(key);

    /// <summary>Adds a concept or merges new terms into an existing one.</summary>
    public void Add(string key, IEnumerable<string> terms) => AddRange([new Concept(key, [key, .. terms])]);

    public void AddRange(IEnumerable<Concept> concepts)
    {
        lock (writeLock)
        {
            var byKey = new Dictionary<string, Concept>(current.Concepts, StringComparer.Ordinal);
            var byPhrase = new Dictionary<string, string[]>(current.ConceptsByPhrase, StringComparer.Ordinal);
            foreach (var concept in concepts)
            {
                var key = concept.Key.Trim();
                if (key.Length == 0) continue;
                var terms = byKey.TryGetValue(key, out var existing) ? existing.Terms.ToList() : [key];
                foreach (var raw in concept.Terms)
                {
                    var term = raw.Trim();
                    if (term.Length > 0 && !terms.Contains(term)) terms.Add(term);
                }
                byKey[key] = new Concept(key, terms);
            }

            foreach (var concept in byKey.Values)
            {
                foreach (var term in concept.Terms)
                {
                    var phrase = PhraseKey.Of(Tokenizer, term);
                    if (phrase.Length == 0) continue;
                    var owners = byPhrase.GetValueOrDefault(phrase) ?? [];
                    if (!owners.Contains(concept.Key)) byPhrase[phrase] = [.. owners, concept.Key];
                }
            }
            current = new Snapshot(byKey, byPhrase, current.Version + 1);
        }
    }

    public void Load(TextReader reader) => AddRange(ConceptListReader.Read(reader).ToList());

    /// <summary>
    /// Every term that means the same as <paramref name="keyOrTerm"/>: the terms of the concept with that
    /// key, or of every concept that lists it as a term; the term itself when it is in no concept.
    /// </summary>
    public IReadOnlyList<string> Expand(string keyOrTerm)
    {
        var snapshot = current;
        var result = new List<string> { keyOrTerm };
        if (snapshot.Concepts.TryGetValue(keyOrTerm, out var concept))
        {
            AddAll(result, concept.Terms);
            return result;
        }
        var phrase = PhraseKey.Of(Tokenizer, keyOrTerm);
        if (snapshot.ConceptsByPhrase.TryGetValue(phrase, out var owners))
            foreach (var owner in owners)
                AddAll(result, snapshot.Concepts[owner].Terms);
        return result;
    }

    /// <summary>The concepts a term belongs to (by its phrase key); empty when none.</summary>
    public IReadOnlyList<string> ConceptsOf(string term) =>
        current.ConceptsByPhrase.GetValueOrDefault(PhraseKey.Of(Tokenizer, term)) ?? [];

    /// <summary>A matcher that finds each target (expanded through synonyms) in tokenized texts.</summary>
    public TermMatcher CompileMatcher(IEnumerable<string> targets) =>
        new(Tokenizer, targets.Select(t => (t, Expand(t))).ToList());

    /// <summary>A matcher whose targets carry their own term lists, each term expanded through synonyms.</summary>
    public TermMatcher CompileMatcher(IEnumerable<(string Label, IEnumerable<string> Terms)> targets) =>
        new(Tokenizer, targets.Select(t => (t.Label, (IReadOnlyList<string>)t.Terms.SelectMany(Expand).Distinct().ToList())).ToList());

    private static void AddAll(List<string> into, IEnumerable<string> terms)
    {
        foreach (var t in terms) if (!into.Contains(t)) into.Add(t);
    }

    private sealed record Snapshot(Dictionary<string, Concept> Concepts, Dictionary<string, string[]> ConceptsByPhrase, int Version);
}
