using System.IO.Compression;
using BankHire.Analysis.Resumes.Intake;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Opens an archive of resumes. Entry names without the UTF-8 flag are read as GB18030 (archives made
/// on Chinese Windows); sizes are checked while reading, not trusted from the header (zip bombs).
/// Archives inside archives are not opened.
/// </summary>
public static class ZipExpander
{
    public static IEnumerable<(ResumeFile? File, ParsedItem? Rejection)> Expand(ResumeFile archive, IntakeLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(archive.Content, writable: false), ZipArchiveMode.Read, leaveOpen: false, PlainTextDecoder.Gb18030);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
            return [(null, ParsedItem.Rejected(archive.Name, RejectionReason.CorruptArchive, "Archive could not be opened."))];
        }
        using (zip)
            return ReadEntries(archive.Name, zip, limits).ToList();
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
            if (bytes is null || (total += bytes.Length) > limits.MaxArchiveTotalBytes)
            {
                yield return (null, ParsedItem.Rejected(name, RejectionReason.TooLarge, "Archive entry exceeds the size limit."));
                continue;
            }
            yield return (new ResumeFile(name, bytes), null);
        }
    }

    private static byte[]? ReadCapped(ZipArchiveEntry entry, long cap)
    {
        if (entry.Length > cap) return null;
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (output.Length + read > cap) return null;
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }

    private static bool IsSystemNoise(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path) is ".DS_Store" or "Thumbs.db" || Path.GetFileName(path).StartsWith("._", StringComparison.Ordinal);
}
