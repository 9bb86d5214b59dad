namespace BankHire.Interviews;

/// <summary>One consent as stored: the choices, when and from where they were given, and when withdrawn; with face analysis
/// under a pack that asks for separate biometric consent, the version of the biometric notice the candidate agreed to on its own.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ConsentRecord")]
public sealed record ConsentRecord(
    bool Face,
    bool Voice,
    bool Content,
    bool KeepRecording,
    string TextVersion,
    string Language,
    string? ClientAddress,
    DateTimeOffset GivenAt,
    DateTimeOffset? WithdrawnAt = null,
    string? BiometricNoticeVersion = null)
{
    public bool Active => WithdrawnAt is null;
}
