using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Lexicon;

/// <summary>
/// Brings this process's <see cref="TextLexicon.Shared"/> up to the HR lexicon before text is analysed.
/// Every silo keeps its own in-memory lexicon, so each catches up on its own; adding is idempotent, and
/// the lexicon swaps snapshots, so analyses running meanwhile are unaffected.
/// </summary>
public static class SharedLexiconSync
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static int appliedVersion;

    public static async Task EnsureCurrentAsync(IGrainFactory grains)
    {
        var snapshot = await grains.GetGrain<ILexiconGrain>(ILexiconGrain.DefaultKey).GetAsync();
        if (snapshot.Version <= Volatile.Read(ref appliedVersion)) return;
        await Gate.WaitAsync();
        try
        {
            if (snapshot.Version <= appliedVersion) return;
            foreach (var word in snapshot.Words) TextLexicon.Shared.AddWord(word);
            foreach (var concept in snapshot.Concepts) TextLexicon.Shared.AddSynonyms(concept.Key, concept.Terms);
            Volatile.Write(ref appliedVersion, snapshot.Version);
        }
        finally
        {
            Gate.Release();
        }
    }
}
