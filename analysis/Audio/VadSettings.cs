namespace BankHire.Analysis.Audio;

/// <summary>
/// How Silero's per-frame speech probabilities become speech segments. The defaults follow
/// silero-vad's <c>get_speech_timestamps</c>, except a longer minimum silence: a gap shorter than
/// <see cref="MinSilenceSeconds"/> is a breath between words, not a pause.
/// </summary>
public sealed record VadSettings
{
    /// <summary>A frame at or above this probability starts (or continues) speech.</summary>
    public float SpeechThreshold { get; init; } = 0.5f;

    /// <summary>Speech ends only after frames below this probability (hysteresis).</summary>
    public float SilenceThreshold { get; init; } = 0.35f;

    public double MinSpeechSeconds { get; init; } = 0.25;

    public double MinSilenceSeconds { get; init; } = 0.3;

    /// <summary>Added to both ends of a segment: the model's decision lags the audible onset slightly.</summary>
    public double SpeechPadSeconds { get; init; } = 0.03;

    /// <summary>A gap between speech segments longer than this is a pause (the catalogue's pause_count).</summary>
    public double PauseSeconds { get; init; } = 0.5;

    public static VadSettings Default { get; } = new();
}
