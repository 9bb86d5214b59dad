namespace BankHire.Analysis.Recordings;

/// <summary>
/// An uploaded file is not a video recording we can analyse (not a media file, a still picture, corrupt, or without a
/// picture). <see cref="Reason"/> is short and safe to show the candidate's page and an operator.
/// </summary>
public sealed class InvalidRecordingException(string reason) : Exception($"Invalid recording: {reason}")
{
    public string Reason { get; } = reason;
}
