namespace BankHire.Analysis.Interview;

/// <summary>How one feature's per-answer values combine into the interview's value.</summary>
public enum AggregationRule
{
    /// <summary>Mean weighted by answer length: a ratio over time (face presence, speaking ratio, brightness).</summary>
    DurationWeighted,
    /// <summary>Mean weighted by the time a face was visible: ratios over face frames (eye contact, smile).</summary>
    FaceTimeWeighted,
    /// <summary>Mean weighted by speaking time: measures over speech (rate, pitch, energy, second voice).</summary>
    SpeechTimeWeighted,
    /// <summary>Mean weighted by the number of pauses (mean pause length).</summary>
    PauseCountWeighted,
    /// <summary>Mean weighted by words (fillers per 100 words).</summary>
    WordCountWeighted,
    /// <summary>Each answered question counts the same (coverage, politeness, structure, relevance).</summary>
    PerAnswerMean,
    Sum,
    Max,
}
