using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

[Collection(VisionCollection.Name)]
public sealed class InvalidFrameTests(VisionModelsFixture models)
{
    [Fact]
    public void Random_bytes_are_refused_with_a_reason()
    {
        var noise = new byte[2048];
        new Random(7).NextBytes(noise);

        var e = Assert.Throws<InvalidFrameException>(() => FrameDecoder.Decode(noise));
        Assert.Equal("not a decodable image", e.Reason);
    }

    [Fact]
    public void A_truncated_jpeg_is_refused_rather_than_decoded_as_grey()
    {
        using var frame = models.Frames.OneFace();
        var jpeg = SyntheticFrames.Jpeg(frame);

        var e = Assert.Throws<InvalidFrameException>(() => FrameDecoder.Decode(jpeg.AsSpan(0, jpeg.Length / 2)));
        Assert.Contains("truncated", e.Reason);
    }

    [Fact]
    public void A_jpeg_with_a_corrupt_body_is_refused()
    {
        using var frame = models.Frames.OneFace();
        var jpeg = SyntheticFrames.Jpeg(frame);
        // Keep the start-of-image marker and the end, destroy the headers in between.
        Array.Fill(jpeg, (byte)0x00, 3, jpeg.Length - 6);

        var e = Assert.Throws<InvalidFrameException>(() => FrameDecoder.Decode(jpeg));
        Assert.Equal("corrupt JPEG", e.Reason);
    }

    [Fact]
    public void Empty_bytes_are_refused()
    {
        Assert.Equal("empty frame", Assert.Throws<InvalidFrameException>(() => FrameDecoder.Decode([])).Reason);
    }

    [Fact]
    public void The_analyser_turns_an_unreadable_frame_into_an_observation_the_aggregator_counts()
    {
        var analyzer = models.Analyzer;
        var aggregator = analyzer.NewAggregator();
        using var frame = models.Frames.OneFace();

        var bad = analyzer.Analyze(new byte[] { 0xFF, 0xD8, 0xFF, 0x00 });
        aggregator.Add(bad);
        aggregator.Add(analyzer.Analyze(SyntheticFrames.Jpeg(frame)));

        Assert.False(bad.Readable);
        Assert.Equal(LiveHint.Unreadable, bad.Hints);
        Assert.NotNull(bad.UnreadableReason);
        Assert.Equal((2, 1, 1), (aggregator.Counts.Total, aggregator.Counts.Unreadable, aggregator.Counts.WithFace));
        Assert.Equal(1.0, VisionTimelineTests.Value(aggregator.Complete(), "face_presence_ratio"));
    }
}
