using System.Text.Json;

namespace BankHire.Analysis.Vision;

/// <summary>
/// TensorFlow.js layer weights: a manifest (JSON: groups of shard paths and weights with name, shape, dtype and an
/// optional uint8/uint16 affine quantization) and its binary shards, read in manifest order. Only what face-api's
/// models use: float32, stored as float32 or quantized.
/// </summary>
public sealed class TfjsWeights
{
    private readonly Dictionary<string, (int[] Shape, float[] Values)> _tensors;

    private TfjsWeights(Dictionary<string, (int[] Shape, float[] Values)> tensors) => _tensors = tensors;

    public IReadOnlyCollection<string> Names => _tensors.Keys;

    public static TfjsWeights Load(string manifestPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        var tensors = new Dictionary<string, (int[], float[])>();
        foreach (var group in manifest.RootElement.EnumerateArray())
        {
            var bytes = group.GetProperty("paths").EnumerateArray()
                .SelectMany(p => File.ReadAllBytes(Path.Combine(folder, Path.GetFileName(p.GetString()!)))).ToArray();
            var offset = 0;
            foreach (var weight in group.GetProperty("weights").EnumerateArray())
            {
                var name = weight.GetProperty("name").GetString()!;
                var shape = weight.GetProperty("shape").EnumerateArray().Select(d => d.GetInt32()).ToArray();
                var count = shape.Aggregate(1, (a, b) => a * b);
                if (weight.GetProperty("dtype").GetString() != "float32")
                    throw new InvalidDataException($"{name}: only float32 weights are supported, not {weight.GetProperty("dtype").GetString()}.");
                var values = new float[count];
                if (weight.TryGetProperty("quantization", out var q))
                {
                    var scale = q.GetProperty("scale").GetSingle();
                    var min = q.GetProperty("min").GetSingle();
                    var wide = q.GetProperty("dtype").GetString() switch
                    {
                        "uint8" => false,
                        "uint16" => true,
                        var other => throw new InvalidDataException($"{name}: unsupported quantization {other}."),
                    };
                    Require(bytes, offset, count * (wide ? 2 : 1), name);
                    for (var i = 0; i < count; i++)
                        values[i] = (wide ? BitConverter.ToUInt16(bytes, offset + 2 * i) : bytes[offset + i]) * scale + min;
                    offset += count * (wide ? 2 : 1);
                }
                else
                {
                    Require(bytes, offset, count * 4, name);
                    Buffer.BlockCopy(bytes, offset, values, 0, count * 4);
                    offset += count * 4;
                }
                tensors[name] = (shape, values);
            }
            if (offset != bytes.Length) throw new InvalidDataException($"The shards hold {bytes.Length} bytes but the manifest describes {offset}.");
        }
        return new TfjsWeights(tensors);
    }

    /// <summary>The tensor's values (row-major, TensorFlow's layout), checked against the expected shape.</summary>
    public float[] Get(string name, params int[] shape)
    {
        if (!_tensors.TryGetValue(name, out var tensor)) throw new InvalidDataException($"The weights have no '{name}'.");
        if (!tensor.Shape.SequenceEqual(shape))
            throw new InvalidDataException($"'{name}' is [{string.Join(",", tensor.Shape)}], expected [{string.Join(",", shape)}].");
        return tensor.Values;
    }

    private static void Require(byte[] bytes, int offset, int length, string name)
    {
        if (offset + length > bytes.Length) throw new InvalidDataException($"The shards end before '{name}'.");
    }
}
