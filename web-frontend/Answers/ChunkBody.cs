using System.Buffers;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Web.Problems;
using Microsoft.Net.Http.Headers;

namespace BankHire.Web.Answers;

/// <summary>Checks that a chunk's body is what its kind says: a JPEG frame, or 16-bit PCM audio, within the size limit.</summary>
public static class ChunkBody
{
    public const int MaxBytes = 256 * 1024;

    /// <summary>The largest frame side accepted (a 4K camera); larger pictures are refused from the header, before decoding.</summary>
    public const int MaxFrameSide = 4096;
    private const int MaxContentTypeLength = 100;

    /// <summary>The Content-Type to store with the chunk, as sent (audio/L16 may carry rate and channels).</summary>
    public static string ContentType(ChunkKind kind, string? header)
    {
        var accepted = kind == ChunkKind.Frame ? "image/jpeg" : "audio/L16 or application/octet-stream";
        if (string.IsNullOrWhiteSpace(header) || header.Length > MaxContentTypeLength || !MediaTypeHeaderValue.TryParse(header, out var parsed))
            throw Unsupported(kind, accepted, header);
        var mediaType = parsed.MediaType.Value ?? "";
        var fits = kind == ChunkKind.Frame
            ? mediaType.Equals("image/jpeg", StringComparison.OrdinalIgnoreCase)
            : mediaType.Equals("audio/L16", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase);
        return fits ? header.Trim() : throw Unsupported(kind, accepted, header);
    }

    /// <summary>Reads the whole body, refusing it as soon as it passes <see cref="MaxBytes"/> (a chunked body declares no length).</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // A declared length sizes the buffer exactly (the server never reads past it): a 24 KB frame should not cost a
        // 256 KB buffer on the large-object heap. Without one, read up to one byte past the limit to know it was passed.
        var declared = request.ContentLength;
        if (declared > MaxBytes) throw TooLarge();
        if (declared is not { } exact) return await ReadAsync(request.Body, cancellationToken);
        var buffer = new byte[(int)exact];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            length += read;
        if (length == 0) throw ApiProblemException.Invalid("body", "The chunk is empty.");
        return length == buffer.Length ? buffer : buffer[..length];
    }

    /// <summary>
    /// Reads a body of unknown length (a part of a multipart upload, a chunked request) through a pooled buffer one byte
    /// past the limit, and keeps exactly what came: no growing copies, no 256 KB array on the large-object heap per chunk.
    /// </summary>
    public static async Task<byte[]> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= MaxBytes && (read = await body.ReadAsync(buffer.AsMemory(length, MaxBytes + 1 - length), cancellationToken)) > 0)
                length += read;
            if (length > MaxBytes) throw TooLarge();
            if (length == 0) throw ApiProblemException.Invalid("body", "The chunk is empty.");
            return buffer[..length];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ApiProblemException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"A chunk is at most {MaxBytes} bytes.", "body");

    public static void CheckPayload(ChunkKind kind, byte[] payload)
    {
        // Every JPEG starts with the SOI marker FF D8 followed by the next marker's FF.
        if (kind == ChunkKind.Frame && !(payload.Length >= 3 && payload[0] == 0xFF && payload[1] == 0xD8 && payload[2] == 0xFF))
            throw ApiProblemException.Invalid("body", "A frame must be a JPEG image (it does not start with the JPEG SOI marker).");
        if (kind == ChunkKind.Frame)
            CheckFrameSize(JpegDimensions.Read(payload));
        if (kind == ChunkKind.Audio && payload.Length % 2 != 0)
            throw ApiProblemException.Invalid("body", $"Audio must be 16-bit PCM: {payload.Length} bytes is not a whole number of samples.");
    }

    /// <summary>
    /// A JPEG cut off before its frame header is let through: without one no decoder allocates a picture, and the
    /// analysers report an undecodable frame as such.
    /// </summary>
    private static void CheckFrameSize((int Width, int Height)? size)
    {
        if (size is not { } frame) return;
        if (frame.Width > MaxFrameSide || frame.Height > MaxFrameSide)
            throw ApiProblemException.Invalid("body", $"The frame is {frame.Width}×{frame.Height}; at most {MaxFrameSide}×{MaxFrameSide} is accepted.");
    }

    private static ApiProblemException Unsupported(ChunkKind kind, string accepted, string? header) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported chunk type",
            $"A {kind.Name()} chunk must be sent as {accepted}, not '{header}'.", "Content-Type");
}
