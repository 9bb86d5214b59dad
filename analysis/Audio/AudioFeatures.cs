using BankHire.Analysis.Features;

namespace BankHire.Analysis.Audio;

/// <summary>Turns the measurements of one answer into the catalogue's voice features.</summary>
internal static class AudioFeatures
{
    public const double MinSeconds = 1.0;

    public static readonly string[] Names =
    [
        "speaking_ratio", "pause_ratio", "pause_count", "mean_pause_s", "longest_silence_s", "speech_rate_sps",
        "pitch_mean_hz", "pitch_variability_st", "energy_mean_db", "energy_variability_db", "second_voice_ratio",
    ];

    public static IReadOnlyList<FeatureValue> Compute(SpeechTimeline timeline, VoiceMeasures voice, string version)
    {
        if (timeline.TotalSeconds < MinSeconds)
            return AllNoData(version, $"too short: {timeline.TotalSeconds:0.00} s of audio (at least {MinSeconds:0.#} s needed)");
        if (timeline.Segments.Count == 0)
            return AllNoData(version, $"no speech detected in {timeline.TotalSeconds:0.0} s of audio");

        var total = timeline.TotalSeconds;
        var speech = timeline.SpeechSeconds;
        var pauses = timeline.Pauses;
        var pitch = voice.Pitch();
        var energy = voice.Energy();
        var secondVoice = SecondVoice.Ratio(voice.WindowPitches());
        const string unvoiced = "no voiced speech frames to measure pitch";
        return
        [
            Of("speaking_ratio", speech / total),
            Of("pause_ratio", pauses.Sum() / total),
            Of("pause_count", pauses.Count),
            pauses.Count > 0 ? Of("mean_pause_s", pauses.Average()) : FeatureValue.NoData("mean_pause_s", version, $"no pause longer than {timeline.PauseSeconds:0.0#} s"),
            Of("longest_silence_s", timeline.LongestSilenceSeconds),
            Of("speech_rate_sps", voice.Syllables() / speech),
            pitch is { } p ? Of("pitch_mean_hz", p.MeanHz) : FeatureValue.NoData("pitch_mean_hz", version, unvoiced),
            pitch is { } q ? Of("pitch_variability_st", q.VariabilitySemitones) : FeatureValue.NoData("pitch_variability_st", version, unvoiced),
            energy is { } e ? Of("energy_mean_db", e.MeanDb) : FeatureValue.NoData("energy_mean_db", version, "no confident speech frames"),
            energy is { } f ? Of("energy_variability_db", f.VariabilityDb) : FeatureValue.NoData("energy_variability_db", version, "no confident speech frames"),
            secondVoice is { } v ? Of("second_voice_ratio", v) : FeatureValue.NoData("second_voice_ratio", version, "no half second of voiced speech to compare"),
        ];

        FeatureValue Of(string name, double value) => FeatureValue.Of(name, Math.Round(value, 4), version);
    }

    private static IReadOnlyList<FeatureValue> AllNoData(string version, string reason) =>
        Names.Select(n => FeatureValue.NoData(n, version, reason)).ToList();
}
