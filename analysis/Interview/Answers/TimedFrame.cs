using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Interview;

/// <summary>One browser frame (JPEG) and its time from the start of the answer.</summary>
public sealed record TimedFrame(TimeSpan Timestamp, byte[] Jpeg)
{
    /// <summary>
    /// The frame's place in its answer, counted from 0 over every frame the page sent (analysed or not), when the
    /// list holds only some of them; null when the list holds every frame in order (its position is then its place).
    /// </summary>
    public int? Seq { get; init; }

    /// <summary>The frame's observation made while the answer streamed in (same analyser version); the JPEG is then not needed.</summary>
    public FrameSummary? Seen { get; init; }

    public static TimedFrame AlreadySeen(TimeSpan timestamp, int seq, FrameSummary seen) => new(timestamp, []) { Seq = seq, Seen = seen };
}
