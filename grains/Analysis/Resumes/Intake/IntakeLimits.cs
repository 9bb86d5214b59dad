namespace BankHire.Analysis.Resumes.Intake;

/// <summary>Size limits that keep one upload from exhausting the server (a zip bomb, a 500-page scan).</summary>
public sealed record IntakeLimits(
    long MaxFileBytes = 10 * 1024 * 1024,
    long MaxArchiveEntryBytes = 10 * 1024 * 1024,
    long MaxArchiveTotalBytes = 200 * 1024 * 1024,
    int MaxArchiveEntries = 1000,
    int MaxPdfPages = 30,
    int MaxTextChars = 200_000);
