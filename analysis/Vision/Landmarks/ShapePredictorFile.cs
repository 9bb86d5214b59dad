namespace BankHire.Analysis.Vision;

/// <summary>
/// Reads a dlib <c>shape_predictor</c> as <c>serialize(const shape_predictor&amp;)</c> in
/// dlib/image_processing/shape_predictor.h writes it: version 1, the mean shape (a column of x,y pairs in
/// box-normalised units), the forests (per cascade level, trees of split features {idx1, idx2, thresh} and leaf
/// vectors), then per level the anchor landmark of each feature pixel and its offset from that landmark.
/// Trees must be complete (leaves = splits + 1, a power of two), as dlib's trainer makes them.
/// </summary>
internal static class ShapePredictorFile
{
    private const int MaxParts = 1000;
    private const int MaxLevels = 100;
    private const int MaxTrees = 10_000;
    private const int MaxSplits = 4095;
    private const int MaxPixels = 100_000;

    public static (float[] MeanShape, ShapePredictorCascade[] Levels) Read(Stream stream)
    {
        var reader = new DlibStreamReader(new BufferedStream(stream, 1 << 20));
        var version = reader.ReadInt();
        if (version != 1) throw new InvalidDataException($"dlib shape_predictor version {version}, expected 1.");

        var meanShape = reader.ReadColumnVector(2 * MaxParts);
        if (meanShape.Length == 0 || meanShape.Length % 2 != 0) throw new InvalidDataException("dlib mean shape has no x,y pairs.");

        var forests = new RawForest[reader.ReadCount(MaxLevels)];
        for (var c = 0; c < forests.Length; c++) forests[c] = ReadForest(reader, meanShape.Length);

        if (reader.ReadCount(MaxLevels) != forests.Length) throw new InvalidDataException("dlib anchors do not match the cascade levels.");
        var anchors = new int[forests.Length][];
        for (var c = 0; c < forests.Length; c++)
        {
            anchors[c] = new int[reader.ReadCount(MaxPixels)];
            for (var i = 0; i < anchors[c].Length; i++)
                anchors[c][i] = (int)reader.ReadInt() is var a && a >= 0 && a < meanShape.Length / 2
                    ? a : throw new InvalidDataException("dlib feature anchored to a landmark that does not exist.");
        }

        if (reader.ReadCount(MaxLevels) != forests.Length) throw new InvalidDataException("dlib deltas do not match the cascade levels.");
        var levels = new ShapePredictorCascade[forests.Length];
        for (var c = 0; c < forests.Length; c++)
        {
            var count = reader.ReadCount(MaxPixels);
            if (count != anchors[c].Length) throw new InvalidDataException("dlib deltas and anchors differ in number.");
            var (dx, dy) = (new float[count], new float[count]);
            for (var i = 0; i < count; i++) (dx[i], dy[i]) = (reader.ReadFloat(), reader.ReadFloat());
            var f = forests[c];
            if (f.First.Length > 0 && (f.First.Max() >= count || f.Second.Max() >= count))
                throw new InvalidDataException("dlib split refers to a feature pixel that does not exist.");
            levels[c] = new ShapePredictorCascade(anchors[c], dx, dy, f.Trees, f.Splits, f.First, f.Second, f.Thresholds, f.LeafCodes, f.LeafScales);
        }

        return (meanShape, levels);
    }

    private sealed record RawForest(int Trees, int Splits, int[] First, int[] Second, float[] Thresholds, sbyte[] LeafCodes, float[] LeafScales);

    private static RawForest ReadForest(DlibStreamReader reader, int shapeLength)
    {
        var trees = reader.ReadCount(MaxTrees);
        int splits = -1;
        int[] first = [], second = [];
        float[] thresholds = [], scales = [];
        sbyte[] codes = [];
        for (var t = 0; t < trees; t++)
        {
            var count = reader.ReadCount(MaxSplits);
            if (splits < 0)
            {
                // Every tree of a level has the same depth: size the level's arrays on its first tree.
                if (!int.IsPow2(count + 1)) throw new InvalidDataException($"dlib tree with {count} splits is not complete.");
                splits = count;
                (first, second, thresholds) = (new int[trees * splits], new int[trees * splits], new float[trees * splits]);
                codes = new sbyte[trees * (splits + 1) * shapeLength];
                scales = new float[trees * (splits + 1)];
            }
            else if (count != splits)
            {
                throw new InvalidDataException("dlib trees of one level differ in depth.");
            }

            for (var n = 0; n < splits; n++)
            {
                var at = t * splits + n;
                first[at] = (int)reader.ReadInt();
                second[at] = (int)reader.ReadInt();
                thresholds[at] = reader.ReadFloat();
            }

            if (reader.ReadCount(MaxSplits + 1) != splits + 1) throw new InvalidDataException("dlib tree has the wrong number of leaves.");
            for (var l = 0; l <= splits; l++)
            {
                var leaf = reader.ReadColumnVector(shapeLength);
                if (leaf.Length != shapeLength) throw new InvalidDataException("dlib leaf does not match the shape's length.");
                Quantise(leaf, t * (splits + 1) + l, codes, scales);
            }
        }

        return new RawForest(trees, Math.Max(splits, 0), first, second, thresholds, codes, scales);
    }

    /// <summary>Symmetric 8-bit codes for one leaf: its largest magnitude maps to ±127.</summary>
    private static void Quantise(float[] leaf, int number, sbyte[] codes, float[] scales)
    {
        var largest = 0f;
        foreach (var v in leaf) largest = Math.Max(largest, Math.Abs(v));
        var scale = largest / 127f;
        scales[number] = scale;
        var at = number * leaf.Length;
        for (var i = 0; i < leaf.Length; i++)
            codes[at + i] = scale == 0 ? (sbyte)0 : (sbyte)Math.Clamp(MathF.Round(leaf[i] / scale), -127, 127);
    }
}
