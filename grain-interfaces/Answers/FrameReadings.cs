using System.Collections.Immutable;

namespace BankHire.Answers;

/// <summary>Frame readings of one answer (ascending seq), how many frames were read, on which silo, and by which analyser version.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.FrameReadings")]
public sealed record FrameReadings(ImmutableArray<FrameReading> Latest, int Count, string Silo, string AnalyserVersion);
