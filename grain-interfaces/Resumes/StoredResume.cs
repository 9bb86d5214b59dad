using System.Collections.Immutable;

namespace BankHire.Resumes;

/// <summary>
/// One person's resume as a job's pool keeps it: the profile merged from every source that described them (JSON of the
/// Orleans-free ResumeProfile: redacted text, no protected values) and the names of those sources.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.StoredResume")]
public sealed record StoredResume(ImmutableArray<string> SourceNames, string ProfileJson);
