using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Speech.Engines;

namespace BankHire.Analysis.ModelCards;

/// <summary>How one analyser stands for one job: whether the job's rubric scores any of its features and whether the job's policy allows it.</summary>
public sealed record ModelCardUse(string Key, bool UsedByRubric, bool AllowedByPolicy, string? Why);

/// <summary>
/// Every analyser the product runs, as published in its model card; and, for a job, which of them its rubric uses and
/// its policy (jurisdiction) allows. A facial analyser is never allowed where the job's policy turns facial cues off.
/// </summary>
public static class ModelCatalogue
{
    public static IReadOnlyList<ModelCardEntry> Build(IReadOnlyDictionary<string, SpeechEngineSettings> speechEngines) =>
        [.. VisionCards.All(), .. VoiceCards.All(), .. SpeechCards.For(speechEngines), .. ContentCards.All(), .. ScreeningCards.All()];

    public static IReadOnlyList<ModelCardUse> ForJob(IReadOnlyList<ModelCardEntry> entries, CompetencyModel model)
    {
        var scored = model.Competencies.SelectMany(c => c.Indicators).Select(i => i.Feature).ToHashSet(StringComparer.Ordinal);
        var screening = model.Screening is not null;
        return [.. entries.Select(e =>
        {
            var used = e.Kind == FeatureKind.Resume ? screening : e.Features.Any(scored.Contains);
            var allowed = e.Kind != FeatureKind.Facial || model.Policy.FacialIndicatorsAllowed;
            var why = !allowed ? "the job's policy does not allow facial analysis"
                : e.Release == MeasureRelease.Withheld && used ? $"withheld: {e.ReleaseNote}"
                : null;
            return new ModelCardUse(e.Key, used, allowed, why);
        })];
    }
}
