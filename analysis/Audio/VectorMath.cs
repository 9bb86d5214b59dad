using System.Numerics;
using System.Runtime.InteropServices;

namespace BankHire.Analysis.Audio;

/// <summary>The SIMD inner loops that dominate pitch and level measurement.</summary>
internal static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var sum = Vector<float>.Zero;
        var i = 0;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a[..length]);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..length]);
        for (; i < va.Length; i++) sum += va[i] * vb[i];
        var total = Vector.Sum(sum);
        for (i *= Vector<float>.Count; i < length; i++) total += a[i] * b[i];
        return total;
    }

    public static float SumOfSquares(ReadOnlySpan<float> a) => Dot(a, a);

    /// <summary>Level in dBFS (a full-scale square wave is 0 dB), floored at -100 dB.</summary>
    public static float LevelDb(ReadOnlySpan<float> samples) =>
        samples.IsEmpty ? -100f : (float)Math.Max(-100, 10 * Math.Log10(SumOfSquares(samples) / samples.Length + 1e-12));
}
