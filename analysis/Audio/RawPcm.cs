using System.Buffers.Binary;

namespace BankHire.Analysis.Audio;

/// <summary>Checks and converts raw PCM 16 kHz mono s16le bytes.</summary>
public static class RawPcm
{
    /// <summary>Throws when the bytes cannot be whole s16le samples.</summary>
    public static void Validate(ReadOnlySpan<byte> pcm16le)
    {
        if (pcm16le.Length % AudioFormat.BytesPerSample != 0)
            throw new InvalidAudioException(
                $"{pcm16le.Length} bytes is not a whole number of 16-bit samples; chunks must hold whole samples");
    }

    /// <summary>
    /// Names the container when the bytes start like an encoded file rather than raw samples: the usual
    /// mistake is to send a WAV or WebM recording to the raw-PCM path.
    /// </summary>
    public static string? DetectContainer(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("RIFF"u8)) return "WAV (RIFF)";
        if (start.StartsWith("OggS"u8)) return "Ogg";
        if (start.StartsWith("ID3"u8)) return "MP3 (ID3)";
        if (start.StartsWith("fLaC"u8)) return "FLAC";
        if (start.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])) return "WebM/Matroska";
        if (start.Length >= 8 && start[4..8].SequenceEqual("ftyp"u8)) return "MP4";
        return null;
    }

    public static short[] ToSamples(ReadOnlySpan<byte> pcm16le)
    {
        Validate(pcm16le);
        var samples = new short[pcm16le.Length / AudioFormat.BytesPerSample];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(pcm16le.Slice(i * 2, 2));
        return samples;
    }

    public static byte[] ToBytes(ReadOnlySpan<short> samples)
    {
        var bytes = new byte[samples.Length * AudioFormat.BytesPerSample];
        for (var i = 0; i < samples.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2, 2), samples[i]);
        return bytes;
    }
}
