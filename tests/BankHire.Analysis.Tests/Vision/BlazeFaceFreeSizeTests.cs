using BankHire.Analysis.Vision;
using Microsoft.ML.OnnxRuntime;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>The BlazeFace graph rewritten to take any input size: at 128×128 the model as shipped to within float rounding,
/// on a canvas as many outputs as the canvas has anchors, and a graph of another shape refused.</summary>
public sealed class BlazeFaceFreeSizeTests
{
    private static readonly byte[] Shipped = File.ReadAllBytes(ModelFiles.BlazeFacePath);

    [Fact]
    public void The_model_file_reads_and_writes_back_byte_for_byte_as_wire_fields()
    {
        Assert.Equal(Shipped, ProtoMessage.Parse(Shipped).ToBytes());
    }

    [Fact]
    public void At_128_pixels_the_rewritten_graph_computes_the_shipped_ones_outputs_to_within_float_rounding()
    {
        var (model, outputs) = BlazeFaceFreeSize.Rewrite(Shipped);
        using var shipped = Session(Shipped);
        using var rewritten = Session(model);

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var input = RandomInput(seed, 128, 128);
            var expected = Run(shipped, input, 128, 128, outputs);
            var actual = Run(rewritten, input, 128, 128, outputs);
            for (var i = 0; i < outputs.Length; i++)
            {
                Assert.Equal(expected[i].Length, actual[i].Length);
                var worst = expected[i].Zip(actual[i], (e, a) => Math.Abs(e - a) / Math.Max(1f, Math.Abs(e))).Max();
                Assert.True(worst < 1e-4f, $"output {i}: relative difference {worst}");
            }
        }
    }

    [Theory]
    [InlineData(352, 256)]
    [InlineData(416, 320)]
    public void On_a_canvas_each_head_has_an_output_per_anchor_of_its_grid(int width, int height)
    {
        var (model, outputs) = BlazeFaceFreeSize.Rewrite(Shipped);
        using var session = Session(model);

        var result = Run(session, RandomInput(4, width, height), height: height, width: width, outputs);

        var firstHead = BlazeFaceAnchors.FirstHeadCount(width, height);
        Assert.Equal(width / 8 * (height / 8) * 2, firstHead);
        Assert.Equal(firstHead, result[0].Length);
        Assert.Equal(BlazeFaceAnchors.ForCanvas(width, height).Length - firstHead, result[1].Length);
        Assert.Equal(firstHead * RawDetection.CoordCount, result[2].Length);
        Assert.Equal(BlazeFaceAnchors.ForCanvas(128, 128), BlazeFaceAnchors.Centres);
    }

    [Fact]
    public void A_graph_of_another_shape_is_refused_and_the_detector_keeps_its_tiles()
    {
        var (rewritten, _) = BlazeFaceFreeSize.Rewrite(Shipped);

        Assert.Throws<InvalidDataException>(() => BlazeFaceFreeSize.Rewrite(rewritten)); // its input is no longer 1×128×128×3
        Assert.Throws<InvalidDataException>(() => BlazeFaceFreeSize.Rewrite(Shipped.AsSpan(0, Shipped.Length / 2)));
    }

    private static InferenceSession Session(byte[] model) =>
        new(model, new SessionOptions { IntraOpNumThreads = 1, LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR });

    private static float[] RandomInput(int seed, int width, int height)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, width * height * 3).Select(_ => (float)(random.NextDouble() * 2 - 1))];
    }

    private static float[][] Run(InferenceSession session, float[] input, int height, int width, string[] outputs)
    {
        using var value = OrtValue.CreateTensorValueFromMemory(input, [1, height, width, 3]);
        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, [session.InputMetadata.Keys.Single()], [value], outputs);
        return [.. results.Select(r => r.GetTensorDataAsSpan<float>().ToArray())];
    }
}
