namespace BankHire.Answers;

/// <summary>
/// An answer's transcript made by the audio scorer segment by segment while it streamed in, or why there is none
/// (<see cref="Failure"/>: the engine failed or does not speak the language). <see cref="Chunks"/> is how many audio
/// chunks it covers.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.StreamedTranscript")]
public sealed record StreamedTranscript(string? Text, string Language, string Engine, string ModelVersion, string? Failure, int Segments, int Chunks, string Silo);
