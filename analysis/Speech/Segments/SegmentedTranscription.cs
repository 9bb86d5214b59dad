using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Speech.Segments;

/// <summary>
/// One answer transcribed speech segment by speech segment (the VAD's), so transcription runs while the candidate is
/// still speaking and the transcript is ready when the answer ends. Segments go to the engine one after the other in
/// order; the words come back timed from the start of the answer. The stored answer is transcribed the same way
/// (<see cref="TranscribeAsync"/>), so live and stored transcripts agree for an engine that answers the same audio the
/// same way. Not thread-safe: one per answer, fed by one caller.
/// </summary>
public sealed class SegmentedTranscription(ISpeechToText engine, string language, SpeechHints? hints)
{
    private readonly List<(SpeechSegment Segment, Task<TranscriptionResult> Result)> parts = [];
    private Task previous = Task.CompletedTask;

    public int SegmentCount => parts.Count;

    /// <summary>Starts transcribing a closed segment once the one before it is done.</summary>
    public void Add(SpeechSegment segment, ReadOnlyMemory<byte> segmentPcm, CancellationToken cancellation = default)
    {
        var after = previous;
        var result = RunAfterAsync(after, segmentPcm, cancellation);
        parts.Add((segment, result));
        previous = result.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>The whole answer's transcript once every segment is back.</summary>
    /// <exception cref="SpeechToTextException">A segment failed: a transcript with holes would under-count what was said.</exception>
    public async Task<TranscriptionResult> CompleteAsync()
    {
        var results = new List<(SpeechSegment Segment, TranscriptionResult Result)>();
        foreach (var (segment, result) in parts) results.Add((segment, await result));
        if (results.Select(r => r.Result).FirstOrDefault(r => !r.IsTranscribed) is { } unsupported) return unsupported;

        var primary = SpeechLanguage.Primary(language);
        var transcripts = results.Select(r => (r.Segment, Transcript: r.Result.Transcript!)).ToList();
        var words = transcripts
            .SelectMany(t => t.Transcript.Words.Select(w => w with { StartSeconds = w.StartSeconds + t.Segment.StartSeconds, EndSeconds = w.EndSeconds + t.Segment.StartSeconds }))
            .ToList();
        // Chinese is written without spaces between words; English with them.
        var separator = primary is "zh" or "ja" ? "" : " ";
        var text = string.Join(separator, transcripts.Select(t => t.Transcript.Text.Trim()).Where(t => t.Length > 0));
        var modelVersion = transcripts.Count > 0 ? transcripts[0].Transcript.ModelVersion : "";
        var engineName = transcripts.Count > 0 ? transcripts[0].Transcript.Engine : engine.Engine;
        return TranscriptionResult.Of(new Transcript(primary, text, words, engineName, modelVersion));
    }

    /// <summary>A stored answer, segment by segment, as the live path would have done it.</summary>
    public static Task<TranscriptionResult> TranscribeAsync(
        ISpeechToText engine, ReadOnlyMemory<byte> pcm16le, IReadOnlyList<SpeechSegment> segments, string language, SpeechHints? hints,
        CancellationToken cancellation = default)
    {
        var transcription = new SegmentedTranscription(engine, language, hints);
        foreach (var segment in segments) transcription.Add(segment, SegmentPcm.Of(pcm16le, segment), cancellation);
        return transcription.CompleteAsync();
    }

    private async Task<TranscriptionResult> RunAfterAsync(Task after, ReadOnlyMemory<byte> pcm, CancellationToken cancellation)
    {
        await after;
        // Off the caller's scheduler (a grain's): an engine may do seconds of CPU work before its first await.
        return await Task.Run(() => engine.TranscribeAsync(pcm, language, hints, cancellation), cancellation);
    }
}
