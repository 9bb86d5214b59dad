using System.Collections.Immutable;

namespace BankHire.Interviews;

/// <summary>A finish named chunks the store does not hold: the client uploads them and finishes again.</summary>
[GenerateSerializer, Alias("bankhire.MissingChunksException")]
public sealed class MissingChunksException(string message, ImmutableArray<int> missingFrameSeqs, ImmutableArray<int> missingAudioSeqs)
    : Exception(message)
{
    [Id(0)] public ImmutableArray<int> MissingFrameSeqs { get; } = missingFrameSeqs;

    [Id(1)] public ImmutableArray<int> MissingAudioSeqs { get; } = missingAudioSeqs;
}
