using System.Buffers.Binary;

namespace BankHire.Analysis.Text.Speech;

/// <summary>Reads and writes 16-bit PCM mono WAV, the format engines take and tools such as sox produce.</summary>
public static class WavFile
{
    public static byte[] Write(AudioClip clip)
    {
        var dataBytes = clip.Samples.Length * 2;
        var bytes = new byte[44 + dataBytes];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + dataBytes);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], clip.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], clip.SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataBytes);
        for (var i = 0; i < clip.Samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(span[(44 + 2 * i)..], clip.Samples[i]);
        return bytes;
    }

    /// <summary>The samples of a 16-bit PCM mono WAV; throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static AudioClip Read(ReadOnlySpan<byte> wav)
    {
        if (wav.Length < 12 || !wav.StartsWith("RIFF"u8) || !wav[8..].StartsWith("WAVE"u8)) throw new InvalidDataException("Not a WAV file.");
        int? rate = null;
        var position = 12;
        while (position + 8 <= wav.Length)
        {
            var id = wav.Slice(position, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(wav[(position + 4)..]);
            var body = wav.Slice(position + 8, Math.Min(size, wav.Length - position - 8));
            if (id.SequenceEqual("fmt "u8))
            {
                var format = BinaryPrimitives.ReadInt16LittleEndian(body);
                var channels = BinaryPrimitives.ReadInt16LittleEndian(body[2..]);
                var bits = BinaryPrimitives.ReadInt16LittleEndian(body[14..]);
                if (format != 1 || channels != 1 || bits != 16) throw new InvalidDataException($"Expected 16-bit PCM mono, got format {format}, {channels} channel(s), {bits} bits.");
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (rate is null) throw new InvalidDataException("WAV data before its format.");
                var samples = new short[body.Length / 2];
                for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(2 * i)..]);
                return new AudioClip(samples, rate.Value);
            }
            position += 8 + size + (size & 1);
        }
        throw new InvalidDataException("WAV file has no data.");
    }
}
