using System.IO.Compression;
using BankHire.Analysis.Resumes.Intake;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Opens an archive of resumes. Entry names without the UTF-8 flag are read as GB18030 (archives made
/// on Chinese Windows); sizes are checked while reading, not trusted from the header (zip bombs).
/// Archives inside archives are not opened. Entries are inflated one at a time as the caller asks for them, so only
/// one entry is in memory however many the archive holds.
/// </summary>
public static class ZipExpander
{
    public static IEnumerable<(ResumeFile? File, ParsedItem? Rejection)> Expand(ResumeFile archive, IntakeLimits limits)
    {
        var zip = Open(archive);
        if (zip is null)
        {
            yield return (null, ParsedItem.Rejected(archive.Name, RejectionReason.CorruptArchive, "Archive could not be opened."));
            yield break;
        }
        using (zip)
        {
            foreach (var entry in ReadEntries(archive.Name, zip, limits))
                yield return entry;
        }
    }

    private static ZipArchive? Open(ResumeFile archive)
    {
        try
        {
            return new ZipArchive(new MemoryStream(archive.Content, writable: false), ZipArchiveMode.Read, leaveOpen: false, PlainTextDecoder.Gb18030);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
            return null;
        }
    }

    private static IEnumerable<(ResumeFile?, ParsedItem?)> ReadEntries(string archiveName, ZipArchive zip, IntakeLimits limits)
    {
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/') && !IsSystemNoise(e.FullName)).ToList();
        if (entries.Count == 0)
        {
            yield return (null, ParsedItem.Rejected(archiveName, RejectionReason.Empty, "Archive contains no files."));
            yield break;
        }
        if (entries.Count > limits.MaxArchiveEntries)
        {
            yield return (null, ParsedItem.Rejected(archiveName, RejectionReason.TooLarge, $"Archive has {entries.Count} files; at most {limits.MaxArchiveEntries} are accepted."));
            yield break;
        }
        long total = 0;
        foreach (var entry in entries)
        {
            var name = $"{archiveName}/{entry.FullName}";
            if (total >= limits.MaxArchiveTotalBytes)
            {
                yield return (null, TooLargeArchive(name, limits));
                continue;
            }
            byte[]? bytes;
            try
            {
                bytes = ReadCapped(entry, limits.MaxArchiveEntryBytes);
            }
            catch (InvalidDataException)
            {
                bytes = null;
            }
            if (bytes is null && entry.Length <= limits.MaxArchiveEntryBytes)
            {
                yield return (null, ParsedItem.Rejected(name, RejectionReason.CorruptArchive, "Archive entry is damaged."));
                continue;
            }
            if (bytes is null)
            {
                yield return (null, ParsedItem.Rejected(name, RejectionReason.TooLarge, $"Archive entry is too large when decompressed (over {limits.MaxArchiveEntryBytes / (1024 * 1024)} MB)."));
                continue;
            }
            if ((total += bytes.Length) > limits.MaxArchiveTotalBytes)
            {
                yield return (null, TooLargeArchive(name, limits));
                continue;
            }
            yield return (new ResumeFile(name, bytes), null);
        }
    }

    private static ParsedItem TooLargeArchive(string name, IntakeLimits limits) => ParsedItem.Rejected(name, RejectionReason.TooLarge,
        $"Archive is too large when decompressed (over {limits.MaxArchiveTotalBytes / (1024 * 1024)} MB); this and later entries were not read.");

    /// <summary>
    /// One buffer of the declared size, never more than the cap; an entry that inflates past its declared size is
    /// treated as damaged (null), one that falls short is trimmed.
    /// </summary>
    private static byte[]? ReadCapped(ZipArchiveEntry entry, long cap)
    {
        if (entry.Length > cap) return null;
        var buffer = new byte[entry.Length];
        using var input = entry.Open();
        var length = 0;
        int read;
        while (length < buffer.Length && (read = input.Read(buffer, length, buffer.Length - length)) > 0)
            length += read;
        if (input.ReadByte() >= 0) return null;
        return length == buffer.Length ? buffer : buffer[..length];
    }

    private static bool IsSystemNoise(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path) is ".DS_Store" or "Thumbs.db" || Path.GetFileName(path).StartsWith("._", StringComparison.Ordinal);
}
