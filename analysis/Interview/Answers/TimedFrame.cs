using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Interview;

/// <summary>One browser frame (JPEG) and its time from the start of the answer.</summary>
public sealed record TimedFrame(TimeSpan Timestamp, byte[] Jpeg)
{
    /// <summary>The frame's observation made while the answer streamed in (same analyser version); the JPEG is then not needed.</summary>
    public FrameSummary? Seen { get; init; }

    public static TimedFrame AlreadySeen(TimeSpan timestamp, FrameSummary seen) => new(timestamp, []) { Seen = seen };
}
