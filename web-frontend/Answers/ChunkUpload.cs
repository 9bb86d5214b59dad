using BankHire.Answers;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace BankHire.Web.Answers;

/// <summary>One chunk of an upload, checked: its number in the track, the Content-Type to store, its bytes.</summary>
public sealed record UploadedChunk(int Seq, string ContentType, byte[] Payload);

/// <summary>
/// What one PUT of a track carries: one chunk as the body, or — with <c>Content-Type: multipart/mixed</c> — up to
/// <see cref="MaxChunks"/> consecutive chunks from the route's seq on, one per part, each with its own Content-Type.
/// The page sends its frames two at a time, so a candidate costs two requests a second instead of three; audio goes one second a
/// time. Every part is checked (<see cref="ChunkBody"/>) before any is stored: a bad part refuses the whole upload,
/// naming the part, and the page then sends the chunks one by one, so only the bad one is lost.
/// </summary>
public static class ChunkUpload
{
    public const int MaxChunks = 8;

    /// <summary>The largest request: <see cref="MaxChunks"/> chunks of <see cref="ChunkBody.MaxBytes"/> and their part headers.</summary>
    public const int MaxRequestBytes = MaxChunks * ChunkBody.MaxBytes + 64 * 1024;

    private const int MaxBoundaryLength = 70; // RFC 2046

    public static async Task<IReadOnlyList<UploadedChunk>> ReadAsync(HttpRequest request, ChunkKind kind, int seq, CancellationToken cancellationToken)
    {
        if (Boundary(request.ContentType) is not { } boundary)
        {
            var contentType = ChunkBody.ContentType(kind, request.ContentType);
            var payload = await ChunkBody.ReadAsync(request, cancellationToken);
            ChunkBody.CheckPayload(kind, payload);
            return [new UploadedChunk(seq, contentType, payload)];
        }

        var chunks = new List<UploadedChunk>();
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = ChunkBody.MaxBytes, HeadersCountLimit = 4, HeadersLengthLimit = 1024 };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var at = seq + chunks.Count;
                if (chunks.Count == MaxChunks)
                    throw ApiProblemException.Invalid("body", $"An upload carries at most {MaxChunks} chunks.");
                if (at > ChunkIngestEndpoints.MaxSeq)
                    throw ApiProblemException.Invalid("seq", $"Part {chunks.Count + 1} would be chunk {at}; 'seq' must be at most {ChunkIngestEndpoints.MaxSeq}.");
                chunks.Add(await PartAsync(section, kind, at, chunks.Count + 1, cancellationToken));
            }
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"A chunk is at most {ChunkBody.MaxBytes} bytes.", "body");
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw ApiProblemException.Invalid("body", $"The multipart body cannot be read: {e.Message}");
        }

        return chunks.Count > 0 ? chunks : throw ApiProblemException.Invalid("body", "The multipart body has no parts.");
    }

    private static async Task<UploadedChunk> PartAsync(MultipartSection section, ChunkKind kind, int seq, int part, CancellationToken cancellationToken)
    {
        try
        {
            var contentType = ChunkBody.ContentType(kind, section.ContentType);
            var payload = await ChunkBody.ReadAsync(section.Body, cancellationToken);
            ChunkBody.CheckPayload(kind, payload);
            return new UploadedChunk(seq, contentType, payload);
        }
        catch (ApiProblemException problem)
        {
            throw problem.WithDetail($"Part {part} (chunk {seq}): {problem.Message}");
        }
    }

    /// <summary>The boundary of a multipart/mixed body, or null for a single chunk.</summary>
    private static string? Boundary(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)) return null;
        var boundary = HeaderUtilities.RemoveQuotes(parsed.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) || boundary.Length > MaxBoundaryLength
            ? throw ApiProblemException.Invalid("Content-Type", $"A multipart/mixed upload needs a boundary of 1–{MaxBoundaryLength} characters.")
            : boundary;
    }
}
