namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// What the candidate agreed to be analysed on. An indicator whose analysis was not consented to is excluded
/// (never scored as zero) and its weight goes to the remaining indicators.
/// </summary>
public sealed record ScoringContext(bool FaceConsent, bool VoiceConsent, bool ContentConsent)
{
    public static readonly ScoringContext AllConsents = new(true, true, true);
}
