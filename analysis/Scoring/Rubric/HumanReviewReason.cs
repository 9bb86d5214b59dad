namespace BankHire.Analysis.Scoring.Rubric;

public enum HumanReviewCode
{
    /// <summary>The competency <see cref="HumanReviewReason.Subject"/> rests on what the candidate said, and none of it
    /// could be measured (no speech engine for the language, the engine failed, silence, no content consent).</summary>
    ContentNotMeasured,
    /// <summary>The rubric measures no content at all: face and voice alone never make a verdict.</summary>
    RubricMeasuresNoContent,
    /// <summary>Nothing at all could be scored.</summary>
    NothingScorable,
}

/// <summary>
/// Why the report asks a person to review instead of recommending: the competency concerned (or null), the content
/// features that had no value, and the analysers' own reasons (e.g. "no speech-to-text engine transcribes 'zh'").
/// </summary>
public sealed record HumanReviewReason(HumanReviewCode Code, string? Subject, IReadOnlyList<string> Features, IReadOnlyList<string> Details);
