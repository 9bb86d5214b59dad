using System.Collections.Immutable;

namespace BankHire.Answers;

/// <summary>The latest audio readings of one answer (highest seqs last), how many chunks were read, and on which silo.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AudioReadings")]
public sealed record AudioReadings(ImmutableArray<AudioReading> Latest, int Count, string Silo);
