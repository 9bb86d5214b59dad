namespace BankHire.Resumes;

/// <summary>What became of one source: a new person, a person already known (merged), or not imported.</summary>
[GenerateSerializer, Alias("bankhire.SourceStatus")]
public enum SourceStatus { Parsed, Duplicate, Rejected }
