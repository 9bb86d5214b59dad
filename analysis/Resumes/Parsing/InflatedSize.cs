using System.IO.Compression;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>Counts what a compressed stream inflates to, stopping one byte past a cap, with a fixed buffer.</summary>
public static class InflatedSize
{
    /// <summary>The inflated length, or <paramref name="cap"/> + 1 once it passes the cap; damaged data counts what inflated before the damage.</summary>
    public static long Count(Stream inflating, long cap)
    {
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = inflating.Read(buffer)) > 0)
            {
                total += read;
                if (total > cap) return cap + 1;
            }
        }
        catch (InvalidDataException)
        {
        }
        return total;
    }

    /// <summary>A zlib (PDF FlateDecode) stream's inflated length, capped.</summary>
    public static long OfZlib(byte[] content, int offset, int length, long cap)
    {
        using var source = new ZLibStream(new MemoryStream(content, offset, length, writable: false), CompressionMode.Decompress);
        return Count(source, cap);
    }
}
