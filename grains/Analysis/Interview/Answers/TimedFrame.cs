namespace BankHire.Analysis.Interview;

/// <summary>One browser frame (JPEG) and its time from the start of the answer.</summary>
public sealed record TimedFrame(TimeSpan Timestamp, byte[] Jpeg);
