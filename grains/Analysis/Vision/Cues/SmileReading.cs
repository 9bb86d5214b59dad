namespace BankHire.Analysis.Vision;

/// <summary>
/// The smile cue of one face. <see cref="Strength"/> is the number of overlapping smile-cascade hits in the
/// mouth region (0 when none): more hits, more smile-like texture.
/// </summary>
public readonly record struct SmileReading(bool Smiling, int Strength);
