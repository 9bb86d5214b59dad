using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Interview;

/// <summary>
/// What may be analysed for one candidate and job: the candidate's consents and whether the job's policy allows
/// facial indicators at all. An analysis that may not count is not run, so no data exists that could leak.
/// </summary>
public sealed record AnalysisPermissions(ScoringContext Consents, bool FacialIndicatorsAllowed)
{
    public bool Vision => Consents.FaceConsent && FacialIndicatorsAllowed;

    public bool Voice => Consents.VoiceConsent;

    public bool Content => Consents.ContentConsent;

    public string? WhyNoVision =>
        !FacialIndicatorsAllowed ? "the job's policy does not use facial indicators"
        : !Consents.FaceConsent ? "the candidate did not consent to face analysis"
        : null;
}
