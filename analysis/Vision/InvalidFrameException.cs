namespace BankHire.Analysis.Vision;

/// <summary>A frame or a video that cannot be decoded; <see cref="Reason"/> is short enough to show an operator.</summary>
public sealed class InvalidFrameException(string reason, Exception? inner = null)
    : Exception($"Invalid frame: {reason}", inner)
{
    public string Reason { get; } = reason;
}
