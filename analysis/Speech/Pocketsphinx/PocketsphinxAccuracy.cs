namespace BankHire.Analysis.Speech.Pocketsphinx;

/// <summary>
/// What the built-in English engine is and how well it was measured, for the product's model card. The figures
/// come from <c>HintedPocketsphinxTests</c> (tests/BankHire.Analysis.Tests/Speech/Hinted) on our own answer set and
/// are restated in analysis/Speech/README.md; re-measure and update both when the engine or its settings change.
/// </summary>
public static class PocketsphinxAccuracy
{
    public const string Engine = "pocketsphinx_batch (CMU Sphinx), question-constrained bigram language model";

    public const string ModelPackage = "Debian pocketsphinx-en-us 0.8+5prealpha+1-15 (BSD-3-Clause), decoder pocketsphinx 0.8+5prealpha+1-15 (BSD-2-Clause)";

    /// <summary>SHA-256 of the model files as installed under /usr/share/pocketsphinx/model/en-us.</summary>
    public static IReadOnlyDictionary<string, string> ModelFiles { get; } = new Dictionary<string, string>
    {
        ["en-us/mdef"] = "2360f9a86889c1cfee8bd618a0269387911e5fb2920a594f506b18b8c79683b0",
        ["en-us/means"] = "832019e32cac12eb318964f96f469034acb12d0348eeddc3831831a100cb4dd4",
        ["en-us/variances"] = "b00d696f85e96834fc10f8e5f06428d8c4db6bffdbe5845b6f69bf6efbc48fa5",
        ["en-us/sendump"] = "8c9564c0d5bef69ca9d9bf1014abe162f071644cf02cf1fa8a483c3dc165a7a8",
        ["en-us/transition_matrices"] = "c1f7f28ea43177be734be1f88bd7f1b9a853d0e660f8599c67c6eaeca8bb539a",
        ["en-us/feat.params"] = "9f8058c107ebbc42abef6d39c67c6aedbcf60ac371332e550994e12a0392cb02",
        ["en-us/noisedict"] = "7295b07df2c204c4f87c6782b6be1a3859d7006d4e3864181c955d6dab105a33",
        ["en-us.lm.bin"] = "db21d0642286677699e6dbc859d2e5395570222361999387ce60f6e1d01995d6",
        ["cmudict-en-us.dict"] = "9de99dd2a24b63c653c1c30ab39388d05185cae36d0875f15c319b4ad6dc43af",
    };

    public const string Measures =
        "English words of a spoken answer, from which the content analyser finds the question's expected points (expected_point_coverage) and the other content features.";

    public const string LabelledSet =
        "32 English answers we wrote to 6 shipped template questions (teller q1/q2/q6, client manager q2, risk analyst q1, IT engineer q6; " +
        "all, some or none of the points, some off topic; 11 held out from tuning), spoken by espeak-ng 1.51 at 16 kHz.";

    /// <summary>One measured condition: points said and found / points said; points found but not said, per point not said; mean WER.</summary>
    public sealed record Figure(string Condition, double ExpectedPointRecall, double FalseCoverage, double FalseCoverageWhenNoneSaid, double WordErrorRate);

    public static IReadOnlyList<Figure> Figures { get; } =
    [
        new("hinted, clean US voices (en-us+f2 150 and 175 wpm), all 64 recordings", 0.87, 0.023, 0.026, 0.50),
        new("hinted, clean US voices, tuning answers (42 recordings)", 0.87, 0.024, 0.040, 0.51),
        new("hinted, clean US voices, held-out answers (22 recordings)", 0.87, 0.022, 0.000, 0.47),
        new("general model, no hints, en-us+f2 150 wpm, tuning answers (prototype run, whole answer as one utterance)", 0.61, 0.0, 0.0, 0.43),
        new("hinted, en-gb+m3 175 wpm, tuning answers (prototype run)", 0.43, 0.0, 0.0, 0.82),
        new("general model, no hints, en-gb+m3 175 wpm, tuning answers (prototype run)", 0.20, 0.0, 0.0, 0.82),
    ];

    public static IReadOnlyList<string> KnownLimits { get; } =
    [
        "Measured on synthetic speech only (espeak-ng): no recorded human answers were available; real voices, accents and microphones will differ.",
        "The acoustic model is US English: a British espeak-ng voice is recognised far worse (see figures).",
        "Hint words the CMU dictionary cannot pronounce (acronyms such as PIPL) are left out of the question model and are rarely heard.",
        "A transcript of fewer than 5 words gives no content score (needs human review).",
        "The question model favours the expected points' words; a candidate's paraphrase without those words is covered no better than in text.",
    ];
}
