using BankHire.Analysis.Audio;
using BankHire.Analysis.Features;

namespace BankHire.Analysis.ModelCards;

/// <summary>The voice analyser's card; figures from analysis/Audio/README.md and the Audio tests.</summary>
internal static class VoiceCards
{
    public static IEnumerable<ModelCardEntry> All() =>
    [
        new("voice", "语音", "Voice", FeatureKind.Voice,
            ["speaking_ratio", "pause_ratio", "pause_count", "mean_pause_s", "longest_silence_s", "speech_rate_sps", "pitch_mean_hz",
             "pitch_variability_st", "energy_mean_db", "energy_variability_db", "second_voice_ratio"],
            "Silero VAD v5 (ONNX Runtime) for speech segments; YIN pitch, energy and syllable nuclei in C#",
            "npm @ricky0123/vad-web 0.0.31 (Silero VAD v5)", "MIT", ModelFileChecksum.Of(SileroVadModel.DefaultPath), AudioAnalyzer.Version,
            "When the candidate speaks and pauses, how fast (syllables per second), pitch and loudness and their variation.",
            "espeak-ng speech (English and Mandarin) composed with known silences and room noise.",
            [new("speaking ratio vs the composed timeline", "espeak-ng en/cmn with silences", 0.05, "absolute error ≤"),
             new("speech rate found", "fast speech (220–250 words/min)", 0.58, "share of true rate, worst"),
             new("speech rate found", "fast speech (220–250 words/min)", 0.76, "share of true rate, best")],
            ["Fast speech is under-counted (58–76 % of the true rate).", "The second-voice hint separates only clearly different pitches.",
             "Measured on synthetic speech only."],
            MeasureRelease.Released),
    ];
}
