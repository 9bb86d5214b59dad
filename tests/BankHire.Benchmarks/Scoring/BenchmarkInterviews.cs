using BankHire.Analysis.Features;

namespace BankHire.Benchmarks.Scoring;

/// <summary>
/// Feature sets of plausible, all-different interviews: every feature the templates use, drawn from a fixed seed
/// so every run scores the same interviews. About one in twenty has an answer the analyser could not measure.
/// </summary>
public static class BenchmarkInterviews
{
    private static readonly (string Name, double Low, double High, string Analyser)[] Ranges =
    [
        ("face_presence_ratio", 0.7, 1, "vision-1.2.0"),
        ("eye_contact_ratio", 0.3, 1, "vision-1.2.0"),
        ("smile_ratio", 0.2, 1, "vision-1.2.0"),
        ("extra_face_ratio", 0, 0.1, "vision-1.2.0"),
        ("speaking_ratio", 0.4, 0.95, "audio-2.0.1"),
        ("pause_ratio", 0.05, 0.5, "audio-2.0.1"),
        ("longest_silence_s", 0.5, 15, "audio-2.0.1"),
        ("speech_rate_sps", 2, 7, "audio-2.0.1"),
        ("pitch_variability_st", 0.5, 8, "audio-2.0.1"),
        ("energy_variability_db", 2, 20, "audio-2.0.1"),
        ("expected_point_coverage", 0.2, 1, "text-0.9.3"),
        ("polite_phrase_rate", 0.3, 1, "text-0.9.3"),
        ("structure_star_score", 0.1, 1, "text-0.9.3"),
        ("filler_word_rate", 0, 12, "text-0.9.3"),
        ("relevance_score", 0.3, 1, "text-0.9.3"),
    ];

    public static FeatureValue[][] Create(int count, int seed = 20261123)
    {
        var random = new Random(seed);
        var interviews = new FeatureValue[count][];
        for (var n = 0; n < count; n++)
        {
            interviews[n] = new FeatureValue[Ranges.Length];
            for (var f = 0; f < Ranges.Length; f++)
            {
                var (name, low, high, analyser) = Ranges[f];
                interviews[n][f] = random.NextDouble() < 0.05
                    ? FeatureValue.NoData(name, analyser, "no usable data")
                    : FeatureValue.Of(name, Math.Round(low + random.NextDouble() * (high - low), 3), analyser);
            }
        }
        return interviews;
    }
}
