namespace BankHire.Answers;

/// <summary>What the audio scorer measured on one chunk (about a second of PCM), kept per seq for the "silent" hint.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AudioReading")]
public sealed record AudioReading(int Seq, double Seconds, double SpeechSeconds, double LevelDb);
