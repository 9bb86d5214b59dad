using System.Buffers.Binary;

namespace BankHire.Web.Answers;

/// <summary>
/// Reads a JPEG's width and height from its start-of-frame header without decoding it, so a small file declaring a
/// huge picture (a 9 KB JPEG of 16000×16000 costs a gigabyte to decode) is refused before any decoder sees it.
/// </summary>
public static class JpegDimensions
{
    /// <summary>The frame size, or null when no start-of-frame header comes before the image data.</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> jpeg)
    {
        var at = 2; // after SOI
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF) return null;
            var marker = jpeg[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) { at += 2; continue; } // markers without a length
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (length < 2) return null;
            if (IsStartOfFrame(marker))
            {
                if (at + 9 > jpeg.Length) return null;
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 5)..]));
            }
            if (marker is 0xDA or 0xD9) return null; // image data or end before any frame header
            at += 2 + length;
        }
        return null;
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
}
