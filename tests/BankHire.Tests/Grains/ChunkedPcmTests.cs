using BankHire.Answers;

namespace BankHire.Tests.Grains;

/// <summary>The live transcription cuts speech segments out of the chunks as they arrived: the bytes must be those of the joined PCM.</summary>
public sealed class ChunkedPcmTests
{
    [Fact]
    public void A_span_across_chunks_is_the_joined_bytes()
    {
        var random = new Random(7);
        var sizes = new[] { 32000, 0, 32000, 17, 1, 32000, 9000 };
        var chunks = sizes.Select(size => { var chunk = new byte[size]; random.NextBytes(chunk); return chunk; }).ToList();
        var joined = chunks.SelectMany(c => c).ToArray();
        var pcm = new ChunkedPcm();
        foreach (var chunk in chunks) pcm.Add(chunk);

        Assert.Equal(joined.Length, pcm.Length);
        for (var trial = 0; trial < 500; trial++)
        {
            var start = random.Next(joined.Length + 1);
            var length = random.Next(joined.Length - start + 1);
            Assert.Equal(joined.AsSpan(start, length).ToArray(), pcm.Copy(start, length));
        }
        Assert.Equal(joined, pcm.Copy(0, joined.Length));
        Assert.Empty(pcm.Copy(joined.Length, 0));
    }

    [Fact]
    public void A_span_past_the_end_is_refused()
    {
        var pcm = new ChunkedPcm();
        pcm.Add(new byte[10]);
        Assert.Throws<ArgumentOutOfRangeException>(() => pcm.Copy(5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => pcm.Copy(-1, 2));
    }
}
