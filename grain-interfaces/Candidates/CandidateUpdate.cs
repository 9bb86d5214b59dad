namespace BankHire.Candidates;

/// <summary>Editable fields; a null field is left unchanged.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.CandidateUpdate")]
public sealed record CandidateUpdate(CandidateContact? Contact, string? School, string? Major, int? GraduationYear, string? Notes);
