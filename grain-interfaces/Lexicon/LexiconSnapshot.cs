using System.Collections.Immutable;

namespace BankHire.Lexicon;

/// <summary>Everything HR added so far; <see cref="Version"/> grows with every change.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.LexiconSnapshot")]
public sealed record LexiconSnapshot(
    int Version,
    ImmutableArray<string> Words,
    ImmutableArray<SynonymConcept> Concepts);

/// <summary>A concept key and the terms that mean it (the key itself always does).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.SynonymConcept")]
public sealed record SynonymConcept(string Key, ImmutableArray<string> Terms);

[GenerateSerializer, Immutable, Alias("bankhire.LexiconAddition")]
public sealed record LexiconAddition(ImmutableArray<string> Words, ImmutableArray<SynonymConcept> Concepts);
