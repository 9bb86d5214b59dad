using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

public sealed class BlazeFaceDecodingTests
{
    [Fact]
    public void Anchors_cover_a_16_grid_twice_then_an_8_grid_six_times()
    {
        var centres = BlazeFaceAnchors.Centres;

        Assert.Equal(896, centres.Length);
        Assert.Equal((1f / 32, 1f / 32), centres[0]);
        Assert.Equal((1f / 32, 1f / 32), centres[1]);
        Assert.Equal((3f / 32, 1f / 32), centres[2]);
        Assert.Equal((31f / 32, 31f / 32), centres[511]);
        Assert.Equal((1f / 16, 1f / 16), centres[512]);
        Assert.Equal((1f / 16, 1f / 16), centres[517]);
        Assert.Equal((3f / 16, 1f / 16), centres[518]);
        Assert.Equal((15f / 16, 15f / 16), centres[895]);
    }

    [Fact]
    public void Decoding_applies_the_sigmoid_and_adds_the_anchor_centre()
    {
        var logits = Enumerable.Repeat(-10f, 512).ToArray();
        var regressors = new float[512 * 16];
        const int anchor = 2; // centre (3/32, 1/32) of the input = (12, 4) pixels
        logits[anchor] = 2f;
        float[] raw = [1, -2, 20, 10, 0, 0, 5, 0, 2, 3, 2, 6, -8, 1, 8, 1];
        raw.CopyTo(regressors, anchor * 16);

        var found = new List<RawDetection>();
        BlazeFaceDecoder.DecodeHead(logits, regressors, 0, 0.5f, found);

        var d = Assert.Single(found);
        Assert.Equal(1 / (1 + Math.Exp(-2)), d.Score, 5);
        float[] expected = [3, -3, 23, 7, 12, 4, 17, 4, 14, 7, 14, 10, 4, 5, 20, 5];
        Assert.Equal(expected, d.Coords.Select(c => MathF.Round(c, 4)));
    }

    [Fact]
    public void Candidates_below_the_score_are_dropped()
    {
        var logits = Enumerable.Repeat(-1f, 384).ToArray(); // sigmoid(-1) = 0.27
        var found = new List<RawDetection>();
        BlazeFaceDecoder.DecodeHead(logits, new float[384 * 16], 512, 0.5f, found);
        Assert.Empty(found);
    }

    [Fact]
    public void Weighted_suppression_merges_overlaps_by_score_and_keeps_separate_faces()
    {
        var a = Box(0.9f, 10, 10, 50, 50);
        var b = Box(0.3f, 14, 10, 54, 50); // IoU with a = 36/44 = 0.82
        var far = Box(0.6f, 80, 80, 120, 120);

        var kept = WeightedNonMaxSuppression.Apply([b, far, a], 0.3f);

        Assert.Equal(2, kept.Count);
        Assert.Equal(0.9f, kept[0].Score);
        Assert.Equal(11f, kept[0].Coords[0], 3); // (10·0.9 + 14·0.3) / 1.2
        Assert.Equal(51f, kept[0].Coords[2], 3);
        Assert.Equal(80f, kept[1].Coords[0]);
    }

    [Fact]
    public void Letterbox_maps_model_pixels_back_to_frame_pixels()
    {
        var box = Letterbox.Fit(640, 480, 128);

        Assert.Equal((0.2f, 0, 16, 128, 96), (box.Scale, box.PadX, box.PadY, box.ScaledWidth, box.ScaledHeight));
        Assert.Equal(new OpenCvSharp.Point2f(0, 0), box.ToFrame(0, 16));
        Assert.Equal(new OpenCvSharp.Point2f(640, 480), box.ToFrame(128, 112));
    }

    private static RawDetection Box(float score, float x0, float y0, float x1, float y1)
    {
        var coords = new float[16];
        (coords[0], coords[1], coords[2], coords[3]) = (x0, y0, x1, y1);
        return new RawDetection(score, coords);
    }
}
