using System.Collections.Immutable;

namespace BankHire.Scoring;

/// <summary>The latest frame readings of one answer (highest seqs last), how many frames were read, and on which silo.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.FrameReadings")]
public sealed record FrameReadings(ImmutableArray<FrameReading> Latest, int Count, string Silo);
