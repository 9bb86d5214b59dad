namespace BankHire.Candidates;

/// <summary>A piece of the redacted resume text that earned points: offset, length and the words themselves.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.EvidenceSpan")]
public sealed record EvidenceSpan(int Start, int Length, string Snippet);
