using System.Buffers.Binary;

namespace BankHire.Analysis.Audio;

/// <summary>Wraps raw PCM 16 kHz mono s16le in a WAV header, for services that want a file, not bare samples.</summary>
public static class WavFile
{
    private const int HeaderBytes = 44;

    public static byte[] FromPcm16le(ReadOnlySpan<byte> pcm16le)
    {
        RawPcm.Validate(pcm16le);
        var wav = new byte[HeaderBytes + pcm16le.Length];
        var header = wav.AsSpan(0, HeaderBytes);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], wav.Length - 8);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16); // fmt chunk size
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], AudioFormat.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], AudioFormat.SampleRate * AudioFormat.BytesPerSample);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], AudioFormat.BytesPerSample);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16); // bits per sample
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], pcm16le.Length);
        pcm16le.CopyTo(wav.AsSpan(HeaderBytes));
        return wav;
    }
}
