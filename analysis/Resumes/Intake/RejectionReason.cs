namespace BankHire.Analysis.Resumes.Intake;

/// <summary>Why a file (or an entry of an archive, or a roster row) was not imported.</summary>
public enum RejectionReason
{
    Encrypted,
    Empty,
    UnsupportedType,
    TooLarge,
    ScannedWithoutText,
    CorruptArchive,
    CorruptFile,
}
