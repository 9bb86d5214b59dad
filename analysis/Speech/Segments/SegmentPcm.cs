using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Speech.Segments;

/// <summary>The bytes of one speech segment in an answer's PCM; the one rounding both the live and the stored path use.</summary>
public static class SegmentPcm
{
    public static (int Start, int Length) Range(SpeechSegment segment, int totalBytes)
    {
        var totalSamples = totalBytes / AudioFormat.BytesPerSample;
        var start = Math.Clamp((int)Math.Floor(segment.StartSeconds * AudioFormat.SampleRate), 0, totalSamples);
        var end = Math.Clamp((int)Math.Ceiling(segment.EndSeconds * AudioFormat.SampleRate), start, totalSamples);
        return (start * AudioFormat.BytesPerSample, (end - start) * AudioFormat.BytesPerSample);
    }

    public static ReadOnlyMemory<byte> Of(ReadOnlyMemory<byte> pcm16le, SpeechSegment segment)
    {
        var (start, length) = Range(segment, pcm16le.Length);
        return pcm16le.Slice(start, length);
    }
}
