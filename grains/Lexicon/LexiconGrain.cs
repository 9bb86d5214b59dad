using System.Collections.Immutable;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;

namespace BankHire.Lexicon;

[GrainType("lexicon")]
public sealed class LexiconGrain(
    [PersistentState("lexicon")] IPersistentState<LexiconState> state,
    ILogger<LexiconGrain> logger) : Grain, ILexiconGrain
{
    public ValueTask<LexiconSnapshot> GetAsync() => ValueTask.FromResult(Snapshot());

    public async ValueTask<LexiconSnapshot> AddAsync(LexiconAddition addition, string actor)
    {
        var words = addition.Words.Where(w => !state.State.Words.Contains(w, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var changed = words.Count > 0;
        state.State.Words.AddRange(words);
        foreach (var concept in addition.Concepts)
        {
            var terms = state.State.Concepts.TryGetValue(concept.Key, out var known) ? known : state.State.Concepts[concept.Key] = [];
            foreach (var term in concept.Terms.Where(t => !terms.Contains(t, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
            {
                terms.Add(term);
                changed = true;
            }
            changed |= known is null;
        }
        if (!changed) return Snapshot();
        state.State.Version++;
        await state.WriteOrReloadAsync(this);
        logger.LogInformation("{Actor} extended the lexicon to version {Version}", actor, state.State.Version);
        return Snapshot();
    }

    private LexiconSnapshot Snapshot() => new(
        state.State.Version,
        [.. state.State.Words],
        [.. state.State.Concepts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new SynonymConcept(c.Key, [.. c.Value]))]);
}
