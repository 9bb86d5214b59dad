using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Interview;

/// <summary>The answer's audio as PCM, from the live chunks or decoded from its recording, or why there is none.</summary>
internal sealed record AnswerAudio(ReadOnlyMemory<byte>? Pcm16le, string? Problem, IReadOnlyList<string> Warnings)
{
    public static async Task<AnswerAudio> ObtainAsync(AnswerInput answer, AudioDecoder decoder, CancellationToken cancellation)
    {
        if (answer.Pcm16le is { } pcm) return new AnswerAudio(pcm, null, []);
        if (answer.RecordingPath is null) return new AnswerAudio(null, "no audio and no recording were received", []);
        try
        {
            var decoded = await decoder.DecodeFileAsync(answer.RecordingPath, cancellation);
            return new AnswerAudio(decoded.Pcm16le, null, decoded.Warnings);
        }
        catch (InvalidAudioException e)
        {
            return new AnswerAudio(null, $"the recording's audio could not be decoded: {e.Reason}", []);
        }
        catch (FileNotFoundException)
        {
            return new AnswerAudio(null, "the recording file was not found", []);
        }
    }

    public double Seconds => Pcm16le is { } pcm ? AudioFormat.SecondsOf(pcm.Length / AudioFormat.BytesPerSample) : 0;
}
