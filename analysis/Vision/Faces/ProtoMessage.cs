using System.Text;

namespace BankHire.Analysis.Vision;

/// <summary>
/// A protocol-buffers message as its wire fields, read and written without a schema: enough to edit an ONNX graph
/// (<see cref="BlazeFaceFreeSize"/>) with no code generator or package. Fields keep their order; a nested message is a
/// length-delimited field whose bytes are parsed again where they are edited.
/// </summary>
internal sealed class ProtoMessage
{
    public const int Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5;

    public List<ProtoField> Fields { get; } = [];

    public static ProtoMessage Parse(ReadOnlySpan<byte> bytes)
    {
        var message = new ProtoMessage();
        var at = 0;
        while (at < bytes.Length)
        {
            var key = ReadVarint(bytes, ref at);
            var number = (int)(key >> 3);
            var wire = (int)(key & 7);
            message.Fields.Add(wire switch
            {
                Varint => new ProtoField(number, wire, ReadVarint(bytes, ref at), []),
                Fixed64 => new ProtoField(number, wire, 0, Take(bytes, ref at, 8)),
                Fixed32 => new ProtoField(number, wire, 0, Take(bytes, ref at, 4)),
                LengthDelimited => new ProtoField(number, wire, 0, Take(bytes, ref at, checked((int)ReadVarint(bytes, ref at)))),
                _ => throw new InvalidDataException($"Unsupported protobuf wire type {wire} (field {number})."),
            });
        }

        return message;
    }

    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        foreach (var field in Fields)
        {
            WriteVarint(output, ((ulong)field.Number << 3) | (uint)field.Wire);
            if (field.Wire == Varint) WriteVarint(output, field.Value);
            else
            {
                if (field.Wire == LengthDelimited) WriteVarint(output, (ulong)field.Bytes.Length);
                output.Write(field.Bytes);
            }
        }

        return output.ToArray();
    }

    public IEnumerable<ProtoField> All(int number) => Fields.Where(f => f.Number == number);

    public ProtoField? First(int number) => Fields.FirstOrDefault(f => f.Number == number);

    public string? String(int number) => First(number) is { } f ? Encoding.UTF8.GetString(f.Bytes) : null;

    public IEnumerable<string> Strings(int number) => All(number).Select(f => Encoding.UTF8.GetString(f.Bytes));

    public ProtoMessage AddString(int number, string value) => Add(ProtoField.Of(number, Encoding.UTF8.GetBytes(value)));

    public ProtoMessage AddVarint(int number, ulong value) => Add(new ProtoField(number, Varint, value, []));

    public ProtoMessage AddMessage(int number, ProtoMessage value) => Add(ProtoField.Of(number, value.ToBytes()));

    public ProtoMessage Add(ProtoField field)
    {
        Fields.Add(field);
        return this;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= bytes.Length) throw new InvalidDataException("Truncated protobuf varint.");
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }

        throw new InvalidDataException("Protobuf varint longer than 10 bytes.");
    }

    private static byte[] Take(ReadOnlySpan<byte> bytes, ref int at, int length)
    {
        if (length < 0 || at + length > bytes.Length) throw new InvalidDataException("Truncated protobuf field.");
        var taken = bytes.Slice(at, length).ToArray();
        at += length;
        return taken;
    }

    private static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }
}

/// <summary>One wire field: a varint's <see cref="Value"/>, or the raw <see cref="Bytes"/> of any other wire type.</summary>
internal sealed record ProtoField(int Number, int Wire, ulong Value, byte[] Bytes)
{
    public static ProtoField Of(int number, byte[] bytes) => new(number, ProtoMessage.LengthDelimited, 0, bytes);

    public ProtoMessage AsMessage() => ProtoMessage.Parse(Bytes);
}
