using System.Collections.Immutable;

namespace BankHire.Answers;

/// <summary>An answer's voice features, measured by the audio scorer as the chunks streamed in (0 … Chunks − 1, in order).</summary>
/// <param name="Seconds">The audio's length, so the answer's scoring need not read its PCM back for it.</param>
[GenerateSerializer, Immutable, Alias("bankhire.VoiceFeatures")]
public sealed record VoiceFeatures(ImmutableArray<MeasuredFeature> Features, int Chunks, string Silo, double Seconds);
