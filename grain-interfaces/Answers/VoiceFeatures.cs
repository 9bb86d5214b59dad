using System.Collections.Immutable;

namespace BankHire.Answers;

/// <summary>An answer's voice features, measured by the audio scorer as the chunks streamed in (0 … Chunks − 1, in order).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.VoiceFeatures")]
public sealed record VoiceFeatures(ImmutableArray<MeasuredFeature> Features, int Chunks, string Silo);
