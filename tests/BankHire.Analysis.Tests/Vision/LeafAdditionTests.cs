using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// The landmark model's leaf additions take the widest vector path the processor has; every path must give the same
/// bits as one multiply and one add per element, or landmarks (and a rescoring from the store) would depend on the machine.
/// </summary>
public class LeafAdditionTests
{
    [Theory]
    [InlineData(136)] // dlib's 68 points
    [InlineData(8)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(33)]
    [InlineData(70)]
    public void Wide_paths_add_exactly_what_one_multiply_and_add_per_element_gives(int length)
    {
        var random = new Random(length);
        for (var round = 0; round < 200; round++)
        {
            var codes = new sbyte[length + random.Next(0, 3)];
            random.NextBytes((byte[])(Array)codes);
            var scale = (float)(random.NextDouble() * 0.01 - 0.005);
            var shape = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble()).ToArray();
            var expected = (float[])shape.Clone();
            for (var i = 0; i < length; i++) expected[i] += codes[i] * scale;

            ShapePredictor.AddScaled(shape, codes.AsSpan(0, length), scale);

            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), shape.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void The_68_point_level_kept_in_registers_adds_exactly_what_tree_by_tree_addition_gives()
    {
        const int shapeLength = 136, trees = 500, splits = 15, anchors = 400;
        var random = new Random(68);
        var codes = new sbyte[trees * (splits + 1) * shapeLength];
        random.NextBytes((byte[])(Array)codes);
        var level = new ShapePredictorCascade(
            new int[anchors], new float[anchors], new float[anchors], trees, splits,
            [.. Enumerable.Range(0, trees * splits).Select(_ => random.Next(anchors))],
            [.. Enumerable.Range(0, trees * splits).Select(_ => random.Next(anchors))],
            [.. Enumerable.Range(0, trees * splits).Select(_ => (float)(random.NextDouble() * 60 - 30))],
            codes, [.. Enumerable.Range(0, trees * (splits + 1)).Select(_ => (float)(random.NextDouble() * 0.004))]);
        var pixels = Enumerable.Range(0, anchors).Select(_ => (float)random.Next(256)).ToArray();
        var shape = Enumerable.Range(0, shapeLength).Select(_ => (float)random.NextDouble()).ToArray();
        var oneByOne = (float[])shape.Clone();

        ShapePredictor.AddTreeOutputsOneByOne(level, pixels, oneByOne);
        if (!System.Runtime.Intrinsics.X86.Avx512F.IsSupported) return; // the register path runs only where AVX-512 is
        ShapePredictor.AddTreeOutputsInRegisters(level, pixels, shape);

        Assert.Equal(oneByOne.Select(BitConverter.SingleToInt32Bits), shape.Select(BitConverter.SingleToInt32Bits));
    }
}
