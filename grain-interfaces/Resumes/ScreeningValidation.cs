using System.Collections.Immutable;

namespace BankHire.Resumes;

/// <summary>The tier (A, B, C) or score (0–100) HR gave one resume file of a validation set.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.HrResumeLabel")]
public sealed record HrResumeLabel(string File, string Tier, double? Score);

/// <summary>
/// A labelled set to check the screening against: the resume files, HR's labels, and which model to screen with —
/// a stored rubric version, a draft not yet saved (its JSON), or (neither) the version in force.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.ScreeningValidationRequest")]
public sealed record ScreeningValidationRequest(
    ImmutableArray<ResumeUpload> Files, ImmutableArray<HrResumeLabel> Labels, int? RubricVersion, string? DraftModelJson, string Actor);

/// <summary>Agreement of the screening with HR over some resumes; a figure is null when the set cannot measure it.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ValidationFigures")]
public sealed record ValidationFigures(int Count, double? TierAgreement, double? Spearman, double? PairwiseAccuracy, int ComparablePairs);

/// <summary>The figures of one language (zh, en) or format (pdf, docx, txt).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ValidationGroup")]
public sealed record ValidationGroup(string Group, ValidationFigures Figures);

/// <summary>One labelled resume: HR's tier and score beside the model's, with the model's explanation.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ValidatedResume")]
public sealed record ValidatedResume(
    string File, string Language, string Format, string HrTier, double? HrScore, double ModelScore, string ModelTier, bool KnockedOut,
    string ExplanationZh, string ExplanationEn);

/// <summary>Two resumes HR orders one way and the model the other, both explanations side by side.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ValidationPair")]
public sealed record ValidationPair(ValidatedResume PreferredByHr, ValidatedResume PreferredByModel);

/// <summary>
/// One validation run: which model (rubric version, or a draft), the figures overall, per language and per format,
/// every resume, the pairs ordered against HR (widest disagreement first, at most 50) and files that could not be read.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.ScreeningValidationRun")]
public sealed record ScreeningValidationRun(
    Guid Id,
    string JobId,
    DateTimeOffset At,
    string Actor,
    int? RubricVersion,
    bool Draft,
    string AnalyserVersion,
    ValidationFigures Overall,
    ImmutableArray<ValidationGroup> ByLanguage,
    ImmutableArray<ValidationGroup> ByFormat,
    ImmutableArray<ValidatedResume> Resumes,
    ImmutableArray<ValidationPair> DiscordantPairs,
    int DiscordantPairCount,
    ImmutableArray<string> Unread);

/// <summary>
/// The screening validations of one job (keyed by job id): each run screens HR's labelled set with a model version
/// (or a draft before it is saved) and stores how far the ranking agrees with HR. Nothing is added to the job's candidates.
/// </summary>
[Alias("bankhire.IScreeningValidationGrain")]
public interface IScreeningValidationGrain : IGrainWithStringKey
{
    [Alias("Run")] ValueTask<ScreeningValidationRun> RunAsync(ScreeningValidationRequest request);

    /// <summary>Past runs, newest first.</summary>
    [Alias("List")] ValueTask<ImmutableArray<ScreeningValidationRun>> ListAsync();
}
