using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>Decodes an encoded frame (JPEG from the browser; PNG and WebP also work) into a BGR image.</summary>
public static class FrameDecoder
{
    /// <summary>Frames come from a browser at ≤ 640 px; anything far larger is refused before decoding.</summary>
    public const int MaxEncodedBytes = 8 * 1024 * 1024;

    /// <exception cref="InvalidFrameException">Empty, oversized, truncated or undecodable bytes.</exception>
    public static Mat Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IsEmpty) throw new InvalidFrameException("empty frame");
        if (encoded.Length > MaxEncodedBytes) throw new InvalidFrameException($"frame larger than {MaxEncodedBytes} bytes");
        if (IsJpeg(encoded) && !HasJpegEnd(encoded))
            throw new InvalidFrameException("truncated JPEG (no end-of-image marker)");

        Mat image;
        try
        {
            image = Cv2.ImDecode(encoded, ImreadModes.Color);
        }
        catch (OpenCVException e)
        {
            throw new InvalidFrameException("image decoder failed", e);
        }

        if (!image.Empty()) return image;
        image.Dispose();
        throw new InvalidFrameException(IsJpeg(encoded) ? "corrupt JPEG" : "not a decodable image");
    }

    private static bool IsJpeg(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;

    // libjpeg "decodes" a truncated file by padding it with grey; the missing marker is the reliable sign.
    // Some encoders append padding after the marker, so look in the last few bytes.
    private static bool HasJpegEnd(ReadOnlySpan<byte> bytes)
    {
        var tail = bytes[Math.Max(0, bytes.Length - 64)..];
        for (var i = tail.Length - 2; i >= 0; i--)
            if (tail[i] == 0xFF && tail[i + 1] == 0xD9) return true;
        return false;
    }
}
