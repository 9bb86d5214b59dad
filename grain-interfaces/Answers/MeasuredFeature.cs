namespace BankHire.Answers;

/// <summary>One feature as an analyser measured it (a value, or no data and why), on the wire between scoring grains.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.MeasuredFeature")]
public sealed record MeasuredFeature(string Name, double? Value, string AnalyserVersion, string? NoDataReason);
