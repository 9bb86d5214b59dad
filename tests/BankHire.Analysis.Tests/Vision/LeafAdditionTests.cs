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
}
