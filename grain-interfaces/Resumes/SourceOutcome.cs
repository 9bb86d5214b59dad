namespace BankHire.Resumes;

/// <summary>
/// The result for one source (a file, a ZIP entry such as <c>pack.zip/张三.pdf</c>, a roster row such as
/// <c>roster.csv#3</c>). A duplicate names the candidate and the first source it was merged into; a
/// rejection names the reason (Encrypted, Empty, UnsupportedType, TooLarge, ScannedWithoutText, CorruptArchive, CorruptFile).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.SourceOutcome")]
public sealed record SourceOutcome(
    string Source, SourceStatus Status, string? Reason, string Message, Guid? CandidateId = null, string? MergedInto = null);
