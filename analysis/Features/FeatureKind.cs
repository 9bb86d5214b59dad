namespace BankHire.Analysis.Features;

/// <summary>Which consent and policy a feature falls under.</summary>
public enum FeatureKind
{
    /// <summary>Facial cues (face, gaze, smile): need face-analysis consent and a job policy that allows them.</summary>
    Facial,
    /// <summary>Non-facial video measurements (light, blur) used for guidance, not for judging a person.</summary>
    VideoQuality,
    /// <summary>Voice measurements: need voice-analysis consent.</summary>
    Voice,
    /// <summary>What was said or written: need content-analysis consent.</summary>
    Content,
    /// <summary>Measured from the resume or a roster.</summary>
    Resume,
}
