namespace BankHire.Answers;

/// <summary>Measures each audio chunk of one answer as its doorbell rings (implicit subscription to "audio"). Keyed like the answer.</summary>
[Alias("bankhire.IAudioScorerGrain")]
public interface IAudioScorerGrain : IGrainWithStringKey
{
    [Alias("Latest")] ValueTask<AudioReadings> LatestAsync(int count);

    /// <summary>
    /// Ends the answer at <paramref name="audioCount"/> chunks and returns its voice features, reading from the store any
    /// chunk whose doorbell has not rung; null when the stream cannot stand for the answer (unusable audio, more chunks
    /// than the answer has, a chunk missing from the store): the caller then analyses the stored answer itself.
    /// </summary>
    [Alias("Voice"), ResponseTimeout(LiveReadingWait.Longest)] ValueTask<VoiceFeatures?> VoiceAsync(int audioCount);

    /// <summary>
    /// Ends the answer at <paramref name="audioCount"/> chunks like <see cref="VoiceAsync"/> and waits for the transcript its
    /// speech segments were given while they streamed in; null when none was started (no content consent, no engine for
    /// the language) or the stream cannot stand for the answer: the caller then transcribes the stored answer.
    /// </summary>
    [Alias("Transcript"), ResponseTimeout(TranscriptionWait.Longest)] Task<StreamedTranscript?> TranscriptAsync(int audioCount);
}
