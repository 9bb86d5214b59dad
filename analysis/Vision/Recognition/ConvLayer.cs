using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BankHire.Analysis.Vision;

/// <summary>
/// A 2-D convolution with its bias and the following per-channel scale layer folded into one set of weights
/// (conv·s + b·s + t), as face-api's recognition net applies them. TensorFlow padding: "same" for stride 1,
/// "valid" for the stride-2 layers. Weights stay in TensorFlow's [kh, kw, in, out] order so the output channels
/// are contiguous and the inner loop is a vectorised multiply-add.
/// </summary>
internal sealed class ConvLayer
{
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _kernel;
    private readonly int _in;
    private readonly int _out;
    private readonly int _stride;
    private readonly bool _same;

    public ConvLayer(TfjsWeights weights, string prefix, int kernel, int input, int output, int stride)
    {
        _kernel = kernel; _in = input; _out = output; _stride = stride; _same = stride == 1;
        var filters = weights.Get($"{prefix}/conv/filters", kernel, kernel, input, output);
        var bias = weights.Get($"{prefix}/conv/bias", output);
        var scale = weights.Get($"{prefix}/scale/weights", output);
        var shift = weights.Get($"{prefix}/scale/biases", output);
        _weights = new float[filters.Length];
        for (var i = 0; i < filters.Length; i++) _weights[i] = filters[i] * scale[i % output];
        _bias = new float[output];
        for (var o = 0; o < output; o++) _bias[o] = bias[o] * scale[o] + shift[o];
    }

    public long MultiplyAdds(int height, int width)
    {
        var (h, w) = OutputSize(height, width);
        return (long)h * w * _kernel * _kernel * _in * _out;
    }

    private (int Height, int Width) OutputSize(int height, int width) => _same
        ? ((height + _stride - 1) / _stride, (width + _stride - 1) / _stride)
        : ((height - _kernel) / _stride + 1, (width - _kernel) / _stride + 1);

    public FeatureMap Apply(FeatureMap input, bool relu)
    {
        if (input.Channels != _in) throw new InvalidOperationException($"Expected {_in} channels, got {input.Channels}.");
        var (height, width) = OutputSize(input.Height, input.Width);
        var output = new FeatureMap(height, width, _out);
        var pad = _same ? Math.Max(0, ((height - 1) * _stride + _kernel - input.Height) / 2) : 0;
        var lanes = Vector<float>.Count;
        for (var oy = 0; oy < height; oy++)
        for (var ox = 0; ox < width; ox++)
        {
            var acc = output.Pixel(oy, ox);
            _bias.CopyTo(acc);
            for (var ky = 0; ky < _kernel; ky++)
            {
                var iy = oy * _stride + ky - pad;
                if (iy < 0 || iy >= input.Height) continue;
                for (var kx = 0; kx < _kernel; kx++)
                {
                    var ix = ox * _stride + kx - pad;
                    if (ix < 0 || ix >= input.Width) continue;
                    var pixel = input.Pixel(iy, ix);
                    var row = (ky * _kernel + kx) * _in * _out;
                    ref var sum = ref MemoryMarshal.GetReference(acc);
                    for (var c = 0; c < _in; c++)
                    {
                        var v = pixel[c];
                        if (v == 0) continue; // most activations after a ReLU
                        ref var w = ref _weights[row + c * _out];
                        var scalar = new Vector<float>(v);
                        var o = 0;
                        for (; o <= _out - lanes; o += lanes)
                            (Vector.LoadUnsafe(ref sum, (nuint)o) + scalar * Vector.LoadUnsafe(ref w, (nuint)o)).StoreUnsafe(ref sum, (nuint)o);
                        for (; o < _out; o++) Unsafe.Add(ref sum, o) += v * Unsafe.Add(ref w, o);
                    }
                }
            }
            if (relu)
                for (var o = 0; o < _out; o++) acc[o] = Math.Max(0, acc[o]);
        }
        return output;
    }
}
