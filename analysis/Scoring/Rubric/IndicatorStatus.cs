namespace BankHire.Analysis.Scoring.Rubric;

public enum IndicatorStatus
{
    /// <summary>Measured and scored.</summary>
    Scored,
    /// <summary>Allowed but without a usable value; its weight is redistributed.</summary>
    NoData,
    /// <summary>Not allowed to count (job policy or consent); its weight is redistributed.</summary>
    Excluded,
}

/// <summary>Why an indicator was not scored. <see cref="None"/> for scored indicators.</summary>
public enum IndicatorReason
{
    None,
    /// <summary>No value for the feature was supplied.</summary>
    NotMeasured,
    /// <summary>The analyser reported it had no usable data (its reason is in the detail).</summary>
    AnalyserHadNoData,
    /// <summary>The value was not a number or lay outside the feature's catalogue range.</summary>
    InvalidValue,
    FacialPolicyOff,
    FaceConsentNotGiven,
    VoiceConsentNotGiven,
    ContentConsentNotGiven,
    /// <summary>The job's jurisdiction pack forbids this cue (the EU: no emotion or affect inference).</summary>
    JurisdictionForbids,
}
