namespace BankHire.Analysis.Resumes.Intake;

/// <summary>
/// The outcome for one source: a file, an entry of an archive (<c>pack.zip/张三.pdf</c>) or a roster
/// row (<c>roster.csv#3</c>). <see cref="CandidateId"/> is set for parsed and duplicate sources;
/// <see cref="MergedInto"/> names the source a duplicate was merged into.
/// </summary>
public sealed record IntakeResult(
    string SourceName,
    IntakeStatus Status,
    RejectionReason? Reason,
    string Message,
    string? CandidateId = null,
    string? MergedInto = null);
