namespace BankHire.Analysis.Vision;

/// <summary>
/// face-api.js's face recognition net (@vladmandic/face-api 1.7.15, MIT): dlib's 29-layer ResNet whose 128 numbers
/// place a 150×150 face so that one person's faces lie close together. Our own inference of its TensorFlow.js
/// weights, layer for layer as <c>src/faceRecognitionNet/FaceRecognitionNet.ts</c> runs them. Thread-safe (no state
/// after loading).
/// </summary>
public sealed class FaceRecognitionNet
{
    public const int InputSize = 150;
    public const int DescriptorLength = 128;
    private static readonly float[] MeanRgb = [122.782f, 117.001f, 104.298f];

    private readonly ConvLayer _stem;
    private readonly (ConvLayer First, ConvLayer Second, bool Down)[] _blocks;
    private readonly float[] _fc;

    public FaceRecognitionNet(TfjsWeights weights)
    {
        _stem = new ConvLayer(weights, "conv32_down", 7, 3, 32, 2);
        var blocks = new List<(ConvLayer, ConvLayer, bool)>();
        void Add(string name, int input, int output, bool down) => blocks.Add((
            new ConvLayer(weights, $"{name}/conv1", 3, input, output, down ? 2 : 1),
            new ConvLayer(weights, $"{name}/conv2", 3, output, output, 1), down));
        Add("conv32_1", 32, 32, false); Add("conv32_2", 32, 32, false); Add("conv32_3", 32, 32, false);
        Add("conv64_down", 32, 64, true); Add("conv64_1", 64, 64, false); Add("conv64_2", 64, 64, false); Add("conv64_3", 64, 64, false);
        Add("conv128_down", 64, 128, true); Add("conv128_1", 128, 128, false); Add("conv128_2", 128, 128, false);
        Add("conv256_down", 128, 256, true); Add("conv256_1", 256, 256, false); Add("conv256_2", 256, 256, false);
        Add("conv256_down_out", 256, 256, true);
        _blocks = [.. blocks];
        _fc = weights.Get("fc", 256, DescriptorLength);
    }

    public static FaceRecognitionNet Load(string manifestPath) => new(TfjsWeights.Load(manifestPath));

    /// <param name="rgb">150×150 RGB, 0–255, row-major (see <see cref="FaceChip"/>).</param>
    public float[] Describe(ReadOnlySpan<float> rgb)
    {
        if (rgb.Length != InputSize * InputSize * 3) throw new ArgumentException($"Expected {InputSize}×{InputSize}×3 values.", nameof(rgb));
        var x = new FeatureMap(InputSize, InputSize, 3);
        for (var i = 0; i < rgb.Length; i++) x.Data[i] = (rgb[i] - MeanRgb[i % 3]) / 255f;

        x = MaxPool(_stem.Apply(x, relu: true));
        foreach (var (first, second, down) in _blocks)
        {
            var branch = second.Apply(first.Apply(x, relu: true), relu: false);
            var shortcut = down ? AveragePool(x) : x;
            x = AddRelu(branch, shortcut);
        }

        var descriptor = new float[DescriptorLength];
        var pixels = x.Height * x.Width;
        for (var p = 0; p < pixels; p++)
        for (var c = 0; c < x.Channels; c++)
        {
            var mean = x.Data[p * x.Channels + c] / pixels;
            for (var d = 0; d < DescriptorLength; d++) descriptor[d] += mean * _fc[c * DescriptorLength + d];
        }
        return descriptor;
    }

    /// <summary>3×3 max pool, stride 2, "valid".</summary>
    private static FeatureMap MaxPool(FeatureMap x)
    {
        var y = new FeatureMap((x.Height - 3) / 2 + 1, (x.Width - 3) / 2 + 1, x.Channels);
        for (var oy = 0; oy < y.Height; oy++)
        for (var ox = 0; ox < y.Width; ox++)
        {
            var target = y.Pixel(oy, ox);
            target.Fill(float.MinValue);
            for (var ky = 0; ky < 3; ky++)
            for (var kx = 0; kx < 3; kx++)
            {
                var source = x.Pixel(oy * 2 + ky, ox * 2 + kx);
                for (var c = 0; c < x.Channels; c++) target[c] = Math.Max(target[c], source[c]);
            }
        }
        return y;
    }

    /// <summary>2×2 average pool, stride 2, "valid": the shortcut of a down-sampling block.</summary>
    private static FeatureMap AveragePool(FeatureMap x)
    {
        var y = new FeatureMap(x.Height / 2, x.Width / 2, x.Channels);
        for (var oy = 0; oy < y.Height; oy++)
        for (var ox = 0; ox < y.Width; ox++)
        {
            var target = y.Pixel(oy, ox);
            for (var ky = 0; ky < 2; ky++)
            for (var kx = 0; kx < 2; kx++)
            {
                var source = x.Pixel(oy * 2 + ky, ox * 2 + kx);
                for (var c = 0; c < x.Channels; c++) target[c] += source[c] / 4;
            }
        }
        return y;
    }

    /// <summary>
    /// relu(branch + shortcut). Where the strided branch came out one row and column short of the pooled shortcut,
    /// face-api pads it with zeros at the bottom and right; where the shortcut has fewer channels, it is padded with
    /// zero channels. Both are the same as adding nothing there.
    /// </summary>
    private static FeatureMap AddRelu(FeatureMap branch, FeatureMap shortcut)
    {
        var y = new FeatureMap(shortcut.Height, shortcut.Width, branch.Channels);
        for (var oy = 0; oy < y.Height; oy++)
        for (var ox = 0; ox < y.Width; ox++)
        {
            var target = y.Pixel(oy, ox);
            if (oy < branch.Height && ox < branch.Width) branch.Pixel(oy, ox).CopyTo(target);
            var source = shortcut.Pixel(oy, ox);
            for (var c = 0; c < source.Length; c++) target[c] += source[c];
            for (var c = 0; c < target.Length; c++) target[c] = Math.Max(0, target[c]);
        }
        return y;
    }
}
