using System.IO.Compression;
using BankHire.Analysis.Resumes.Intake;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// Checks a Word or Excel package (a zip) before the Open XML SDK loads it: the number of parts, each XML part's
/// inflated size (a 20 MB document.xml becomes a DOM of hundreds of MB) and all parts together, counted while
/// inflating with a fixed buffer.
/// </summary>
public static class OfficePackageBudget
{
    /// <summary>Null when the package fits (or is not a readable zip: the SDK reports that); otherwise why it does not.</summary>
    public static string? Exceeded(byte[] package, IntakeLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
            return null;
        }
        using (zip)
        {
            if (zip.Entries.Count > limits.MaxArchiveEntries)
                return $"Document has {zip.Entries.Count} parts; at most {limits.MaxArchiveEntries} are accepted.";
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                var cap = isXml ? limits.MaxDocumentPartBytes : limits.MaxDecompressedBytes - total;
                long size;
                try
                {
                    using var inflating = entry.Open();
                    size = InflatedSize.Count(inflating, cap);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
                {
                    return null;
                }
                if (size > cap || (total += size) > limits.MaxDecompressedBytes)
                    return isXml && size > cap
                        ? $"Document is too large when decompressed: part '{entry.FullName}' inflates past {cap / (1024 * 1024)} MB."
                        : $"Document is too large when decompressed: its parts inflate past {limits.MaxDecompressedBytes / (1024 * 1024)} MB.";
            }
        }
        return null;
    }
}
