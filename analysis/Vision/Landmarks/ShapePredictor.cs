using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// dlib's shape predictor (an ensemble of regression trees, Kazemi and Sullivan 2014) run by our own code on a
/// model file in dlib's format. Each cascade level reads the grey value of a few hundred pixels placed relative
/// to the current shape (the mean shape's offsets, turned and scaled by the similarity transform from the mean
/// shape to the current one), and each tree of the level compares two of them to pick a leaf whose vector is
/// added to the shape. Coordinates are normalised to the face box: (0,0) its top-left, (1,1) its bottom-right.
/// Immutable after loading, so thread-safe.
/// </summary>
public sealed class ShapePredictor
{
    private readonly float[] _meanShape;
    private readonly ShapePredictorCascade[] _levels;

    private ShapePredictor(float[] meanShape, ShapePredictorCascade[] levels)
    {
        _meanShape = meanShape;
        _levels = levels;
    }

    public int Parts => _meanShape.Length / 2;

    public int Levels => _levels.Length;

    public int Trees => _levels.Sum(l => l.Trees);

    /// <summary>Landmark <paramref name="part"/> of the mean shape, in box-normalised units.</summary>
    public Point2f MeanPoint(int part) => new(_meanShape[2 * part], _meanShape[2 * part + 1]);

    /// <exception cref="InvalidDataException">The file is not a dlib shape predictor.</exception>
    public static ShapePredictor Load(string path)
    {
        using var file = File.OpenRead(path);
        var (meanShape, levels) = ShapePredictorFile.Read(file);
        return new ShapePredictor(meanShape, levels);
    }

    /// <summary>The landmarks of the face in <paramref name="box"/> (dlib's detector convention), in image pixels.</summary>
    public Point2f[] Predict(Mat gray, Rect2f box)
    {
        if (gray.Type() != MatType.CV_8UC1) throw new ArgumentException("Expected an 8-bit grey image.", nameof(gray));
        var shape = (float[])_meanShape.Clone();
        foreach (var level in _levels)
        {
            var pixels = SamplePixels(gray, box, shape, level);
            AddTreeOutputs(level, pixels, shape);
        }

        var points = new Point2f[Parts];
        for (var i = 0; i < points.Length; i++) points[i] = ToImage(box, shape[2 * i], shape[2 * i + 1]);
        return points;
    }

    private unsafe float[] SamplePixels(Mat gray, Rect2f box, float[] shape, ShapePredictorCascade level)
    {
        // Only the rotation and scale matter: each pixel is an offset from a landmark of the current shape.
        var (a, b) = SimilarityScaleRotation(_meanShape, shape);
        var pixels = new float[level.Anchors.Length];
        var data = (byte*)gray.Data;
        var step = gray.Step();
        int width = gray.Width, height = gray.Height;
        for (var i = 0; i < pixels.Length; i++)
        {
            var anchor = level.Anchors[i];
            var (dx, dy) = (level.DeltaX[i], level.DeltaY[i]);
            var p = ToImage(box, a * dx - b * dy + shape[2 * anchor], b * dx + a * dy + shape[2 * anchor + 1]);
            // dlib rounds to the nearest pixel and reads 0 outside the image.
            var x = (int)MathF.Floor(p.X + 0.5f);
            var y = (int)MathF.Floor(p.Y + 0.5f);
            pixels[i] = x >= 0 && y >= 0 && x < width && y < height ? data[y * step + x] : 0;
        }

        return pixels;
    }

    private static void AddTreeOutputs(ShapePredictorCascade level, float[] pixels, float[] shape)
    {
        if (shape.Length == SixtyEightPoints && Avx512F.IsSupported) AddTreeOutputsInRegisters(level, pixels, shape);
        else AddTreeOutputsOneByOne(level, pixels, shape);
    }

    private const int SixtyEightPoints = 136;

    /// <summary>The leaf a tree's splits lead to, as a number over all the level's leaves.</summary>
    private static int LeafOf(ShapePredictorCascade level, float[] pixels, int tree)
    {
        var splits = level.Splits;
        var node = 0;
        var root = tree * splits;
        while (node < splits)
        {
            var at = root + node;
            node = pixels[level.FirstPixel[at]] - pixels[level.SecondPixel[at]] > level.Thresholds[at] ? 2 * node + 1 : 2 * node + 2;
        }

        return tree * level.Leaves + node - splits;
    }

    /// <summary>
    /// dlib's 68 points: the shape's 136 coordinates stay in nine vector registers while the level's 500 trees add to
    /// them, instead of being loaded and stored for every tree. The same additions, in the same order, as
    /// <see cref="AddScaled"/>.
    /// </summary>
    internal static void AddTreeOutputsInRegisters(ShapePredictorCascade level, float[] pixels, float[] shape)
    {
        ref var s = ref MemoryMarshal.GetArrayDataReference(shape);
        var a0 = Vector512.LoadUnsafe(ref s, 0);
        var a1 = Vector512.LoadUnsafe(ref s, 16);
        var a2 = Vector512.LoadUnsafe(ref s, 32);
        var a3 = Vector512.LoadUnsafe(ref s, 48);
        var a4 = Vector512.LoadUnsafe(ref s, 64);
        var a5 = Vector512.LoadUnsafe(ref s, 80);
        var a6 = Vector512.LoadUnsafe(ref s, 96);
        var a7 = Vector512.LoadUnsafe(ref s, 112);
        var a8 = Vector256.LoadUnsafe(ref s, 128);
        ref var codes = ref MemoryMarshal.GetArrayDataReference(level.LeafCodes);
        for (var t = 0; t < level.Trees; t++)
        {
            var leaf = LeafOf(level, pixels, t);
            ref var c = ref Unsafe.Add(ref codes, leaf * SixtyEightPoints);
            var f = Vector512.Create(level.LeafScales[leaf]);
            a0 += Widened(ref c, 0) * f;
            a1 += Widened(ref c, 16) * f;
            a2 += Widened(ref c, 32) * f;
            a3 += Widened(ref c, 48) * f;
            a4 += Widened(ref c, 64) * f;
            a5 += Widened(ref c, 80) * f;
            a6 += Widened(ref c, 96) * f;
            a7 += Widened(ref c, 112) * f;
            var eight = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref c, 128)))).AsSByte();
            a8 += Vector256.ConvertToSingle(Avx2.ConvertToVector256Int32(eight)) * f.GetLower();
        }

        a0.StoreUnsafe(ref s, 0);
        a1.StoreUnsafe(ref s, 16);
        a2.StoreUnsafe(ref s, 32);
        a3.StoreUnsafe(ref s, 48);
        a4.StoreUnsafe(ref s, 64);
        a5.StoreUnsafe(ref s, 80);
        a6.StoreUnsafe(ref s, 96);
        a7.StoreUnsafe(ref s, 112);
        a8.StoreUnsafe(ref s, 128);
    }

    private static Vector512<float> Widened(ref sbyte codes, int at) =>
        Vector512.ConvertToSingle(Avx512F.ConvertToVector512Int32(Vector128.LoadUnsafe(ref codes, (nuint)at)));

    internal static void AddTreeOutputsOneByOne(ShapePredictorCascade level, float[] pixels, float[] shape)
    {
        for (var t = 0; t < level.Trees; t++)
        {
            var leaf = LeafOf(level, pixels, t);
            AddScaled(shape, level.LeafCodes.AsSpan(leaf * shape.Length, shape.Length), level.LeafScales[leaf]);
        }
    }

    internal static void AddScaled(Span<float> target, ReadOnlySpan<sbyte> codes, float scale)
    {
        // Every element is code × scale added to the shape, in tree order, the same float operations on each path
        // (no fused multiply-add), so the wide paths give the same bits as the scalar one.
        var i = 0;
        ref var shape = ref MemoryMarshal.GetReference(target);
        ref var code = ref MemoryMarshal.GetReference(codes);
        if (Avx512F.IsSupported)
        {
            var factor = Vector512.Create(scale);
            for (; i <= target.Length - Vector512<float>.Count; i += Vector512<float>.Count)
            {
                var widened = Avx512F.ConvertToVector512Int32(Vector128.LoadUnsafe(ref code, (nuint)i));
                (Vector512.LoadUnsafe(ref shape, (nuint)i) + Vector512.ConvertToSingle(widened) * factor).StoreUnsafe(ref shape, (nuint)i);
            }
        }

        if (Avx2.IsSupported)
        {
            var factor = Vector256.Create(scale);
            for (; i <= target.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var eight = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref code, i)))).AsSByte();
                var widened = Avx2.ConvertToVector256Int32(eight);
                (Vector256.LoadUnsafe(ref shape, (nuint)i) + Vector256.ConvertToSingle(widened) * factor).StoreUnsafe(ref shape, (nuint)i);
            }
        }
        else
        {
            var factor = Vector128.Create(scale);
            for (; i <= target.Length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var (low, high) = Vector128.Widen(Vector128.Create(codes.Slice(i, Vector128<sbyte>.Count)));
                AddFour(target, i, Vector128.Widen(low).Lower, factor);
                AddFour(target, i + 4, Vector128.Widen(low).Upper, factor);
                AddFour(target, i + 8, Vector128.Widen(high).Lower, factor);
                AddFour(target, i + 12, Vector128.Widen(high).Upper, factor);
            }
        }

        for (; i < target.Length; i++) target[i] += codes[i] * scale;
    }

    private static void AddFour(Span<float> target, int at, Vector128<int> codes, Vector128<float> factor)
    {
        var slot = target.Slice(at, 4);
        (Vector128.Create<float>(slot) + Vector128.ConvertToSingle(codes) * factor).CopyTo(slot);
    }

    /// <summary>
    /// The least-squares similarity from <paramref name="from"/> to <paramref name="to"/> as [[a, −b], [b, a]]
    /// (Umeyama's solution without reflection, which dlib's find_similarity_transform gives for faces).
    /// </summary>
    internal static (float A, float B) SimilarityScaleRotation(float[] from, float[] to)
    {
        var n = from.Length / 2;
        double fx = 0, fy = 0, tx = 0, ty = 0;
        for (var i = 0; i < n; i++)
        {
            fx += from[2 * i]; fy += from[2 * i + 1];
            tx += to[2 * i]; ty += to[2 * i + 1];
        }

        (fx, fy, tx, ty) = (fx / n, fy / n, tx / n, ty / n);
        double dot = 0, cross = 0, norm = 0;
        for (var i = 0; i < n; i++)
        {
            var (ux, uy) = (from[2 * i] - fx, from[2 * i + 1] - fy);
            var (vx, vy) = (to[2 * i] - tx, to[2 * i + 1] - ty);
            dot += ux * vx + uy * vy;
            cross += ux * vy - uy * vx;
            norm += ux * ux + uy * uy;
        }

        return norm <= 0 ? (1f, 0f) : ((float)(dot / norm), (float)(cross / norm));
    }

    /// <summary>dlib maps (0,0) to the box's top-left pixel and (1,1) to its bottom-right one (inclusive corners).</summary>
    private static Point2f ToImage(Rect2f box, float u, float v) =>
        new(box.X + u * (box.Width - 1), box.Y + v * (box.Height - 1));
}
