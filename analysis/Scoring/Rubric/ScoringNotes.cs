using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// The notes an explanation must carry, in a fixed order: policy and consent first, then weight redistribution
/// in competency order, then ignored inputs in ordinal order.
/// </summary>
internal static class ScoringNotes
{
    public static List<ScoringNote> For(
        CompetencyModel model, ScoringContext context, IReadOnlyList<CompetencyScore> competencies, IReadOnlyList<string> ignoredNames)
    {
        var notes = new List<ScoringNote>();
        AddExclusionNote(notes, competencies, IndicatorReason.JurisdictionForbids, NoteCode.CuesExcludedByJurisdiction);
        AddExclusionNote(notes, competencies, IndicatorReason.FacialPolicyOff, NoteCode.FacialIndicatorsExcludedByPolicy);
        AddExclusionNote(notes, competencies, IndicatorReason.FaceConsentNotGiven, NoteCode.FaceConsentNotGiven);
        AddExclusionNote(notes, competencies, IndicatorReason.VoiceConsentNotGiven, NoteCode.VoiceConsentNotGiven);
        AddExclusionNote(notes, competencies, IndicatorReason.ContentConsentNotGiven, NoteCode.ContentConsentNotGiven);

        foreach (var competency in competencies)
        {
            var unscored = competency.Indicators.Where(i => i.Status != IndicatorStatus.Scored).Select(i => i.Feature).ToList();
            if (competency.Status == CompetencyStatus.Excluded)
                notes.Add(new ScoringNote(NoteCode.CompetencyWeightRedistributed, competency.Key, unscored));
            else if (unscored.Count > 0 && competency.Status == CompetencyStatus.Scored)
                notes.Add(new ScoringNote(NoteCode.IndicatorWeightRedistributed, competency.Key, unscored));
        }
        if (competencies.All(c => c.Status == CompetencyStatus.Excluded))
            notes.Add(new ScoringNote(NoteCode.NothingScorable, model.JobCode, []));

        notes.AddRange(ignoredNames.Select(name => new ScoringNote(NoteCode.UnknownFeatureIgnored, name, [name])));
        return notes;
    }

    private static void AddExclusionNote(List<ScoringNote> notes, IReadOnlyList<CompetencyScore> competencies, IndicatorReason reason, NoteCode code)
    {
        var features = competencies
            .SelectMany(c => c.Indicators)
            .Where(i => i.Reason == reason)
            .Select(i => i.Feature)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (features.Count > 0)
            notes.Add(new ScoringNote(code, null, features));
    }
}
