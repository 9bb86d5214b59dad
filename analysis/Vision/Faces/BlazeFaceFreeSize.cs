using System.Buffers.Binary;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Rewrites the converted BlazeFace graph so that it takes an input of any size (height and width multiples of 16), not
/// only 128×128. The network is convolutional throughout; only three things pin the size:
/// <list type="bullet">
/// <item>the declared input and output shapes;</item>
/// <item>the channel padding of each residual block, a <c>Concat</c> with a zero tensor of fixed shape made by
/// <c>ConstantOfShape</c> — it becomes a <c>Pad</c> of the channel axis, which adds the same zeros at any size;</item>
/// <item>the heads' <c>Reshape</c> to [1, anchors, values] — the anchor count becomes −1 (inferred).</item>
/// </list>
/// At 128×128 the rewritten graph computes what the original does to within float rounding (OnnxRuntime plans the
/// convolutions of a graph with free sizes differently: at most about one part in 100,000), so the full-frame pass keeps the
/// graph as shipped and only the small-face search uses this one: on a canvas it finds faces in one inference where the
/// search ran the model once per tile. A graph that does not have this shape is refused
/// (<see cref="InvalidDataException"/>) and the detector keeps the tiles.
/// </summary>
internal static class BlazeFaceFreeSize
{
    // ModelProto.graph; GraphProto.node/initializer/input/output/value_info; NodeProto.input/output/name/op_type/attribute;
    // TensorProto.dims/data_type/int64_data/name/raw_data; ValueInfoProto.type → TypeProto.tensor_type → shape → dim.
    private const int ModelGraph = 7;
    private const int GraphNode = 1, GraphInitializer = 5, GraphInput = 11, GraphOutput = 12, GraphValueInfo = 13;
    private const int NodeInput = 1, NodeOutput = 2, NodeName = 3, NodeOpType = 4, NodeAttribute = 5;
    private const int TensorDims = 1, TensorDataType = 2, TensorInt64Data = 7, TensorName = 8, TensorRawData = 9;
    private const int ValueInfoType = 2, TypeTensor = 1, TensorTypeShape = 2, ShapeDim = 1, DimValue = 1, DimParam = 2;
    private const int AttributeName = 1, AttributeInt = 3;
    private const ulong Int64DataType = 7;

    /// <summary>The rewritten model, and its outputs in the order logits (stride 8, 16), then regressors (stride 8, 16).</summary>
    public static (byte[] Model, string[] Outputs) Rewrite(ReadOnlySpan<byte> onnx)
    {
        var model = ProtoMessage.Parse(onnx);
        var graphField = model.First(ModelGraph) ?? throw new InvalidDataException("The ONNX file holds no graph.");
        var graph = graphField.AsMessage();
        var initializers = graph.All(GraphInitializer).Select(f => f.AsMessage()).ToDictionary(t => t.String(TensorName) ?? "");
        var outputs = OutputsByRole(graph);

        var zeros = new Dictionary<string, long[]>();
        var nodes = graph.All(GraphNode).Select(f => f.AsMessage()).ToList();
        foreach (var node in nodes.Where(n => n.String(NodeOpType) == "ConstantOfShape"))
        {
            var shape = Int64s(initializers.GetValueOrDefault(node.Strings(NodeInput).Single())
                ?? throw new InvalidDataException("A ConstantOfShape without a constant shape."));
            if (shape is not [1, > 0, > 0, > 0]) throw new InvalidDataException($"A ConstantOfShape of shape [{string.Join(",", shape)}].");
            zeros[node.Strings(NodeOutput).Single()] = shape;
        }

        var rewritten = new List<ProtoMessage>();
        var added = new List<ProtoMessage>();
        foreach (var node in nodes)
        {
            var op = node.String(NodeOpType);
            var inputs = node.Strings(NodeInput).ToList();
            if (op == "ConstantOfShape") continue;
            if (inputs.Skip(1).Any(zeros.ContainsKey))
            {
                if (op != "Concat" || inputs.Count != 2 || !zeros.ContainsKey(inputs[1]) || ConcatAxis(node) != 1)
                    throw new InvalidDataException($"A zero tensor feeds a {op} that is not a channel concatenation.");
                var output = node.Strings(NodeOutput).Single();
                var pads = output + "/channel_pads";
                added.Add(Int64Tensor(pads, [0, 0, 0, 0, 0, zeros[inputs[1]][1], 0, 0]));
                rewritten.Add(new ProtoMessage().AddString(NodeInput, inputs[0]).AddString(NodeInput, pads)
                    .AddString(NodeOutput, output).AddString(NodeName, output + "/as_pad").AddString(NodeOpType, "Pad"));
                continue;
            }

            if (op == "Reshape") FreeAnchorCount(initializers.GetValueOrDefault(inputs[1]) ?? throw new InvalidDataException("A Reshape without a constant shape."));
            rewritten.Add(node);
        }

        var used = rewritten.SelectMany(n => n.Strings(NodeInput)).ToHashSet();
        var result = new ProtoMessage();
        foreach (var field in graph.Fields)
        {
            switch (field.Number)
            {
                case GraphNode or GraphValueInfo:
                    continue; // nodes are written below in their order; value_info holds shapes of the fixed size
                case GraphInitializer:
                    var tensor = initializers[field.AsMessage().String(TensorName) ?? ""];
                    if (used.Contains(tensor.String(TensorName) ?? "")) result.AddMessage(GraphInitializer, tensor);
                    continue;
                case GraphInput:
                    result.AddMessage(GraphInput, FreeDims(field.AsMessage(), expected: [1, 128, 128, 3], free: new() { [1] = "height", [2] = "width" }));
                    continue;
                case GraphOutput:
                    result.AddMessage(GraphOutput, FreeDims(field.AsMessage(), expected: null, free: new() { [1] = "anchors" }));
                    continue;
                default:
                    result.Add(field);
                    continue;
            }
        }

        foreach (var node in rewritten) result.AddMessage(GraphNode, node);
        foreach (var tensor in added) result.AddMessage(GraphInitializer, tensor);
        var index = model.Fields.IndexOf(graphField);
        model.Fields[index] = ProtoField.Of(ModelGraph, result.ToBytes());
        return (model.ToBytes(), outputs);
    }

    private static string[] OutputsByRole(ProtoMessage graph)
    {
        var byShape = graph.All(GraphOutput).Select(f => f.AsMessage())
            .GroupBy(v => string.Join(",", Dims(v).Select(d => d.Value)))
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single().String(1) ?? "" : null);
        string Find(string shape) => byShape.GetValueOrDefault(shape) ?? throw new InvalidDataException($"BlazeFace has no output of shape [{shape}].");
        return [Find("1,512,1"), Find("1,384,1"), Find($"1,512,{RawDetection.CoordCount}"), Find($"1,384,{RawDetection.CoordCount}")];
    }

    private static List<(ProtoMessage Dim, long Value)> Dims(ProtoMessage valueInfo)
    {
        var shape = valueInfo.First(ValueInfoType)?.AsMessage().First(TypeTensor)?.AsMessage().First(TensorTypeShape)?.AsMessage()
            ?? throw new InvalidDataException("A graph input or output without a tensor shape.");
        return [.. shape.All(ShapeDim).Select(f => f.AsMessage()).Select(d => (d, (long)(d.First(DimValue)?.Value ?? 0)))];
    }

    /// <summary>The value info with the dims at <paramref name="free"/> made symbolic (named).</summary>
    private static ProtoMessage FreeDims(ProtoMessage valueInfo, long[]? expected, Dictionary<int, string> free)
    {
        var dims = Dims(valueInfo);
        if (expected is not null && !dims.Select(d => d.Value).SequenceEqual(expected))
            throw new InvalidDataException($"BlazeFace input of shape [{string.Join(",", dims.Select(d => d.Value))}], expected [{string.Join(",", expected)}].");
        var shape = new ProtoMessage();
        for (var i = 0; i < dims.Count; i++)
            shape.AddMessage(ShapeDim, free.TryGetValue(i, out var name) ? new ProtoMessage().AddString(DimParam, name) : dims[i].Dim);
        var type = valueInfo.First(ValueInfoType)!.AsMessage();
        var tensorType = type.First(TypeTensor)!.AsMessage();
        Replace(tensorType, TensorTypeShape, shape);
        Replace(type, TypeTensor, tensorType);
        Replace(valueInfo, ValueInfoType, type);
        return valueInfo;
    }

    /// <summary>[1, anchors, values] → [1, −1, values], written back into the same tensor.</summary>
    private static void FreeAnchorCount(ProtoMessage shapeTensor)
    {
        var shape = Int64s(shapeTensor);
        if (shape is not [1, > 0, > 0]) throw new InvalidDataException($"A head Reshape to [{string.Join(",", shape)}].");
        SetInt64s(shapeTensor, [1, -1, shape[2]]);
    }

    private static long ConcatAxis(ProtoMessage node) =>
        node.All(NodeAttribute).Select(f => f.AsMessage()).Where(a => a.String(AttributeName) == "axis")
            .Select(a => (long)(a.First(AttributeInt)?.Value ?? 0)).DefaultIfEmpty(long.MinValue).Single();

    private static long[] Int64s(ProtoMessage tensor)
    {
        if (tensor.First(TensorDataType)?.Value != Int64DataType) throw new InvalidDataException("A shape tensor that is not int64.");
        if (tensor.First(TensorRawData) is { } raw)
            return [.. Enumerable.Range(0, raw.Bytes.Length / 8).Select(i => BinaryPrimitives.ReadInt64LittleEndian(raw.Bytes.AsSpan(i * 8)))];
        var values = new List<long>();
        foreach (var field in tensor.All(TensorInt64Data))
        {
            if (field.Wire == ProtoMessage.Varint) values.Add((long)field.Value);
            else values.AddRange(ProtoMessage.Parse(PackedAsFields(field.Bytes)).Fields.Select(f => (long)f.Value));
        }

        return [.. values];
    }

    /// <summary>Packed varints, each given a field key so the message reader can read them.</summary>
    private static byte[] PackedAsFields(byte[] packed)
    {
        var fields = new List<byte>();
        var start = true;
        foreach (var b in packed)
        {
            if (start) fields.Add(1 << 3); // field 1, varint
            fields.Add(b);
            start = (b & 0x80) == 0;
        }

        return [.. fields];
    }

    private static void SetInt64s(ProtoMessage tensor, long[] values)
    {
        tensor.Fields.RemoveAll(f => f.Number is TensorInt64Data or TensorRawData);
        tensor.Add(ProtoField.Of(TensorRawData, RawInt64s(values)));
    }

    private static ProtoMessage Int64Tensor(string name, long[] values) =>
        new ProtoMessage().AddVarint(TensorDims, (ulong)values.Length).AddVarint(TensorDataType, Int64DataType)
            .AddString(TensorName, name).Add(ProtoField.Of(TensorRawData, RawInt64s(values)));

    private static byte[] RawInt64s(long[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 8), values[i]);
        return bytes;
    }

    private static void Replace(ProtoMessage message, int number, ProtoMessage value)
    {
        var index = message.Fields.FindIndex(f => f.Number == number);
        message.Fields[index] = ProtoField.Of(number, value.ToBytes());
    }
}
