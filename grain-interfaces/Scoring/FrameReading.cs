namespace BankHire.Scoring;

/// <summary>What the vision scorer saw on one frame, kept per seq for live hints.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.FrameReading")]
public sealed record FrameReading(int Seq, bool Readable, int Faces, bool TooDark, double Brightness);
