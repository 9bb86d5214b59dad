using System.Collections.Immutable;

namespace BankHire.Resumes;

/// <summary>One result per source, and the candidates the upload created or updated.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ResumeImportReport")]
public sealed record ResumeImportReport(string JobId, int RubricVersion, ImmutableArray<SourceOutcome> Sources, ImmutableArray<ImportedCandidate> Candidates);
