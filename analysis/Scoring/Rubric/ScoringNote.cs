namespace BankHire.Analysis.Scoring.Rubric;

public enum NoteCode
{
    /// <summary>The job's policy does not allow facial indicators; they were left out.</summary>
    FacialIndicatorsExcludedByPolicy,
    FaceConsentNotGiven,
    VoiceConsentNotGiven,
    ContentConsentNotGiven,
    /// <summary>Some indicators of <see cref="ScoringNote.Subject"/> (a competency) were not scored; their weight went to the others.</summary>
    IndicatorWeightRedistributed,
    /// <summary>Nothing in <see cref="ScoringNote.Subject"/> (a competency) could be scored; its weight went to the other competencies.</summary>
    CompetencyWeightRedistributed,
    /// <summary>An input feature not in the catalogue (or scoped to an unknown competency) was ignored.</summary>
    UnknownFeatureIgnored,
    /// <summary>No competency could be scored.</summary>
    NothingScorable,
    /// <summary>The job's jurisdiction pack forbids these cues; they were left out.</summary>
    CuesExcludedByJurisdiction,
}

/// <summary>
/// Something the explanation must mention. <see cref="Subject"/> is a competency key or feature name when the note
/// is about one; <see cref="Features"/> lists the features concerned. Text is produced by the explanation writer.
/// </summary>
public sealed record ScoringNote(NoteCode Code, string? Subject, IReadOnlyList<string> Features);
