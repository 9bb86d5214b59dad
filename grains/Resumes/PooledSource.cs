namespace BankHire.Resumes;

/// <summary>One accepted source and the profile read from it (JSON of the Orleans-free ResumeProfile: redacted text, no protected values).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.PooledSource")]
public sealed record PooledSource(string SourceName, string ProfileJson);
