namespace BankHire.Analysis.Resumes.Intake;

/// <summary>
/// Size limits that keep one upload from exhausting the server (a zip bomb, a 500-page scan, a PDF stream or Word
/// part that inflates a thousandfold). Decompressed sizes are counted while inflating, never trusted from headers.
/// </summary>
public sealed record IntakeLimits(
    long MaxFileBytes = 10 * 1024 * 1024,
    long MaxDecompressedBytes = 64 * 1024 * 1024,
    long MaxDocumentPartBytes = 4 * 1024 * 1024,
    long MaxArchiveEntryBytes = 10 * 1024 * 1024,
    long MaxArchiveTotalBytes = 200 * 1024 * 1024,
    int MaxArchiveEntries = 1000,
    int MaxPdfPages = 30,
    int MaxTextChars = 200_000);
