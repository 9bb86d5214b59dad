using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Vision;
using BankHire.Interviews;

namespace BankHire.Answers;

/// <summary>
/// One answer as the chunk store holds it, turned into the analyser's input: the frames vision reads (sent at 2 per
/// second, picked by <see cref="FrameSampling"/>), PCM joined in seq order.
/// </summary>
public static class AnswerInputs
{
    /// <summary>The page sends about two frames a second; seq is the only clock the server has.</summary>
    public const double FramesPerSecond = 2;

    /// <summary>Below this many frames not seen live, they are read one by one; above it, the answer's frames in one query.</summary>
    private const int SingleReadsUpTo = 16;

    /// <param name="seen">Frames already analysed while the answer streamed in, by seq: these are not read again.</param>
    /// <param name="sampling">Which frames vision reads: only those are read from the store.</param>
    /// <param name="pcmNeeded">False when the audio was measured (and, if need be, transcribed) live: it is not read back.</param>
    public static async Task<AnswerInput> ReadAsync(
        IChunkReader chunks, AnswerScoringRequest request, InterviewQuestion question, IReadOnlyDictionary<int, FrameSummary> seen,
        FrameSampling sampling, bool pcmNeeded = true)
    {
        var key = AnswerKeys.For(request.QuestionId, request.Attempt);
        var frames = request.FrameCount == 0 ? [] : await FramesAsync(chunks, request, key, seen, sampling);
        var audio = request.AudioCount == 0 || !pcmNeeded ? []
            : (await chunks.ReadAllAsync(request.InterviewId, key, ChunkKind.Audio)).Where(c => c.Seq < request.AudioCount).ToList();
        var pcm = new byte[audio.Sum(c => c.Payload.Length)];
        var offset = 0;
        foreach (var (_, payload) in audio)
        {
            payload.CopyTo(pcm, offset);
            offset += payload.Length;
        }
        var input = new AnswerInput(question, request.Language) { Frames = frames, TypedAnswer = request.TypedAnswer };
        return pcmNeeded ? input with { Pcm16le = pcm.Length > 0 ? pcm : null } : input;
    }

    private static async Task<IReadOnlyList<TimedFrame>> FramesAsync(
        IChunkReader chunks, AnswerScoringRequest request, string key, IReadOnlyDictionary<int, FrameSummary> seen, FrameSampling sampling)
    {
        var analysed = Enumerable.Range(0, request.FrameCount).Where(sampling.Analyses).ToList();
        var unseen = analysed.Where(seq => !seen.ContainsKey(seq)).ToList();
        var read = new Dictionary<int, byte[]>();
        if (unseen.Count > SingleReadsUpTo)
        {
            foreach (var (seq, payload) in await chunks.ReadAllAsync(request.InterviewId, key, ChunkKind.Frame))
                if (seq < request.FrameCount && sampling.Analyses(seq) && !seen.ContainsKey(seq)) read[seq] = payload;
        }
        else
        {
            foreach (var seq in unseen)
                if (await chunks.ReadAsync(request.InterviewId, key, ChunkKind.Frame, seq) is { } payload) read[seq] = payload;
        }

        // Seq is the frame's clock; a seq neither seen nor stored is left out (the finish checked that none is missing).
        return [.. analysed
            .Select(seq => seen.TryGetValue(seq, out var summary) ? TimedFrame.AlreadySeen(At(seq), seq, summary)
                : read.TryGetValue(seq, out var jpeg) ? new TimedFrame(At(seq), jpeg) { Seq = seq }
                : null)
            .OfType<TimedFrame>()];
    }

    private static TimeSpan At(int seq) => TimeSpan.FromSeconds(seq / FramesPerSecond);
}
