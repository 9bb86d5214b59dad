namespace BankHire.Analysis.Audio;

/// <summary>
/// The bytes handed in are not audio we can analyse (a half sample, a container sent as raw PCM,
/// a corrupt or unsupported recording). <see cref="Reason"/> is short and safe to show an operator.
/// </summary>
public sealed class InvalidAudioException(string reason, Exception? inner = null)
    : Exception($"Invalid audio: {reason}", inner)
{
    public string Reason { get; } = reason;
}
