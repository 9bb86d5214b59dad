using System.Buffers.Binary;

namespace BankHire.Analysis.Reports;

/// <summary>
/// Rewrites a TrueType file so its 'hmtx' table holds a full metric for every glyph. CJK fonts list fewer metrics
/// than glyphs (the rest share the last advance width), which is valid TrueType, but PdfPig 0.1.16's subsetter reads
/// a metric for every glyph it copies and fails past the list. Tables are rewritten with their checksums and the
/// file's checksum adjustment, so the result is a valid font with the same glyphs and widths.
/// </summary>
public static class FullHorizontalMetrics
{
    private sealed record Table(string Tag, byte[] Data);

    /// <summary>The same font, unchanged when it already has a metric per glyph.</summary>
    public static byte[] Expand(byte[] font)
    {
        var tables = ReadTables(font);
        var hhea = tables.Single(t => t.Tag == "hhea").Data;
        var maxp = tables.Single(t => t.Tag == "maxp").Data;
        var hmtx = tables.Single(t => t.Tag == "hmtx");
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        if (metrics >= glyphs || metrics == 0) return font;

        var full = new byte[glyphs * 4];
        hmtx.Data.AsSpan(0, metrics * 4).CopyTo(full);
        var lastAdvance = BinaryPrimitives.ReadUInt16BigEndian(hmtx.Data.AsSpan((metrics - 1) * 4));
        for (var glyph = metrics; glyph < glyphs; glyph++)
        {
            var bearingAt = metrics * 4 + (glyph - metrics) * 2;
            var bearing = bearingAt + 2 <= hmtx.Data.Length ? BinaryPrimitives.ReadInt16BigEndian(hmtx.Data.AsSpan(bearingAt)) : (short)0;
            BinaryPrimitives.WriteUInt16BigEndian(full.AsSpan(glyph * 4), lastAdvance);
            BinaryPrimitives.WriteInt16BigEndian(full.AsSpan(glyph * 4 + 2), bearing);
        }
        var newHhea = (byte[])hhea.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)glyphs);
        var rewritten = tables.Select(t => t.Tag switch
        {
            "hmtx" => t with { Data = full },
            "hhea" => t with { Data = newHhea },
            _ => t,
        }).ToList();
        return Write(BinaryPrimitives.ReadUInt32BigEndian(font), rewritten);
    }

    private static List<Table> ReadTables(byte[] font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new List<Table>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            tables.Add(new Table(tag, font.AsSpan(offset, length).ToArray()));
        }
        return tables;
    }

    private static byte[] Write(uint version, List<Table> tables)
    {
        tables.Sort((a, b) => string.CompareOrdinal(a.Tag, b.Tag));
        var headerLength = 12 + 16 * tables.Count;
        var total = headerLength + tables.Sum(t => Padded(t.Data.Length));
        var output = new byte[total];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)tables.Count);
        var power = 1;
        var log = 0;
        while (power * 2 <= tables.Count) { power *= 2; log++; }
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(tables.Count * 16 - power * 16));

        var offset = headerLength;
        var headOffset = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var data = table.Data;
            if (table.Tag == "head")
            {
                data = (byte[])data.Clone();
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0); // checkSumAdjustment, set below
                headOffset = offset;
            }
            var entry = span.Slice(12 + 16 * i, 16);
            System.Text.Encoding.ASCII.GetBytes(table.Tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            offset += Padded(data.Length);
        }
        if (headOffset >= 0) BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++) word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }
}
