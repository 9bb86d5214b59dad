namespace BankHire.Candidates;

/// <summary>Contact details, kept apart from everything that is scored.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.CandidateContact")]
public sealed record CandidateContact(string FullName, string? Email, string? Phone);
