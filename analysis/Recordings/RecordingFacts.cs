namespace BankHire.Analysis.Recordings;

/// <summary>What probing a recording found: how long it plays and whether it has a picture and a sound track.</summary>
public sealed record RecordingFacts(TimeSpan Duration, bool HasVideo, bool HasAudio);
