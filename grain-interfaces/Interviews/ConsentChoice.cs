namespace BankHire.Interviews;

/// <summary>What the candidate ticked on the consent page: each analysis is a separate choice.</summary>
/// <param name="TextVersion">The version of the privacy text the candidate was shown.</param>
/// <param name="Language">The language the candidate answers in ("zh" or "en").</param>
/// <param name="ClientAddress">The address the consent came from, as the web node saw it.</param>
/// <param name="BiometricNoticeVersion">The separate biometric notice the candidate agreed to with the face choice, where the
/// job's jurisdiction asks for it (<c>JurisdictionPack.BiometricNoticeVersion</c>).</param>
[GenerateSerializer, Immutable, Alias("bankhire.ConsentChoice")]
public sealed record ConsentChoice(
    bool Face, bool Voice, bool Content, bool KeepRecording, string TextVersion, string Language, string? ClientAddress,
    string? BiometricNoticeVersion = null);
