namespace BankHire.Analysis.Vision;

/// <summary>
/// One level of dlib's cascade: where its feature pixels sit (each an offset from a landmark of the mean shape,
/// in box-normalised units) and its regression trees, stored flat: node n of tree t is at t·Splits + n, and
/// leaf l of tree t is leaf number t·Leaves + l, whose shape increment is its codes (at that number · ShapeLength)
/// times its scale. Leaves are kept as 8-bit codes with a scale each: a quarter of the memory of dlib's floats,
/// so that the 7,500 leaves a prediction reads mostly come from the cache rather than from main memory.
/// </summary>
internal sealed class ShapePredictorCascade(
    int[] anchors, float[] deltaX, float[] deltaY, int trees, int splits, int[] left, int[] right, float[] thresholds, sbyte[] leafCodes, float[] leafScales)
{
    public int[] Anchors { get; } = anchors;
    public float[] DeltaX { get; } = deltaX;
    public float[] DeltaY { get; } = deltaY;
    public int Trees { get; } = trees;
    public int Splits { get; } = splits;
    public int Leaves => Splits + 1;
    public int[] FirstPixel { get; } = left;
    public int[] SecondPixel { get; } = right;
    public float[] Thresholds { get; } = thresholds;
    public sbyte[] LeafCodes { get; } = leafCodes;
    public float[] LeafScales { get; } = leafScales;
}
