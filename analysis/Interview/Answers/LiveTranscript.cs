using BankHire.Analysis.Speech;

namespace BankHire.Analysis.Interview;

/// <summary>
/// The transcript made while the answer streamed in (segment by segment), or why none could be made: the engine
/// failed, or does not speak the language. Handed to the answer's analysis so the audio is not transcribed twice.
/// </summary>
public sealed record LiveTranscript(Transcript? Transcript, string? Failure)
{
    public static LiveTranscript Of(TranscriptionResult result) =>
        new(result.Transcript, result.Transcript is null ? result.UnsupportedReason ?? "no transcript" : null);
}
