namespace BankHire.Answers;

/// <summary>
/// An answer's PCM as the chunks that arrived, not joined: a growing joined buffer of a 20-s answer is a chain of
/// large-object copies (64 KB → 1 MB), which at a campus peak fragmented the large-object heap. A span is copied out
/// when it is asked for. The chunks are kept, not copied: nobody writes to a chunk once it has arrived.
/// </summary>
public sealed class ChunkedPcm
{
    private readonly List<byte[]> chunks = [];
    private readonly List<int> starts = [];

    public int Length { get; private set; }

    public void Add(byte[] chunk)
    {
        if (chunk.Length == 0) return;
        starts.Add(Length);
        chunks.Add(chunk);
        Length += chunk.Length;
    }

    /// <summary>A copy of bytes <paramref name="start"/> … <paramref name="start"/> + <paramref name="length"/> − 1.</summary>
    public byte[] Copy(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Length);
        var copy = new byte[length];
        var index = starts.BinarySearch(start);
        if (index < 0) index = ~index - 1;
        for (var written = 0; written < length; index++)
        {
            var from = start + written - starts[index];
            var count = Math.Min(chunks[index].Length - from, length - written);
            chunks[index].AsSpan(from, count).CopyTo(copy.AsSpan(written));
            written += count;
        }
        return copy;
    }
}
