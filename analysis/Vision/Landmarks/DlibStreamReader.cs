namespace BankHire.Analysis.Vision;

/// <summary>
/// Reads dlib's portable serialisation (dlib/serialize.h). An integer is a control byte — low four bits the number
/// of bytes that follow, bit 0x80 the sign — then its magnitude, little-endian. A float is two such integers,
/// mantissa then exponent, worth mantissa·2^exponent (dlib/float_details.h; exponents from 32000 up mark
/// ±infinity and NaN). A matrix is its rows and columns (negated in the current format), then its elements row
/// by row; a std::vector is its length, then its elements.
/// </summary>
internal sealed class DlibStreamReader(Stream stream)
{
    private const int FirstSpecialExponent = 32000;

    public long ReadInt()
    {
        var control = ReadByte();
        var size = control & 0x0F;
        if (size is 0 or > 8) throw new InvalidDataException($"dlib integer with {size} bytes.");
        ulong magnitude = 0;
        for (var i = 0; i < size; i++) magnitude |= (ulong)ReadByte() << (8 * i);
        return (control & 0x80) != 0 ? -(long)magnitude : (long)magnitude;
    }

    public int ReadCount(int max)
    {
        var count = ReadInt();
        return count >= 0 && count <= max ? (int)count : throw new InvalidDataException($"dlib length {count} outside 0..{max}.");
    }

    public float ReadFloat()
    {
        var mantissa = ReadInt();
        var exponent = ReadInt();
        if (exponent >= FirstSpecialExponent) throw new InvalidDataException("dlib float is infinite or NaN.");
        return (float)Math.ScaleB(mantissa, (int)exponent);
    }

    /// <summary>A dlib matrix with a single column, as its elements.</summary>
    public float[] ReadColumnVector(int maxLength)
    {
        var rows = Math.Abs(ReadInt());
        var columns = Math.Abs(ReadInt());
        if (columns != 1 && rows != 0) throw new InvalidDataException($"dlib matrix {rows}×{columns} where a column vector was expected.");
        if (rows > maxLength) throw new InvalidDataException($"dlib vector of {rows} elements, more than {maxLength}.");
        var values = new float[rows];
        for (var i = 0; i < values.Length; i++) values[i] = ReadFloat();
        return values;
    }

    private int ReadByte()
    {
        var b = stream.ReadByte();
        return b >= 0 ? b : throw new EndOfStreamException("dlib model file ends early.");
    }
}
