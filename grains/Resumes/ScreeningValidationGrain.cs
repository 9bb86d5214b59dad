using System.Collections.Immutable;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Resumes.Validation;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Jobs;
using BankHire.Lexicon;
using BankHire.Persistence;

namespace BankHire.Resumes;

/// <summary>
/// Screens HR's labelled resumes with the requested model (a stored rubric version, a draft, or the version in
/// force) and keeps the agreement figures. The request arrives validated (labels readable, every file labelled,
/// the version existing); a draft is screened without being saved.
/// </summary>
[GrainType("screening-validation")]
public sealed class ScreeningValidationGrain(
    [PersistentState("screening-validations")] IPersistentState<ScreeningValidationState> state,
    TimeProvider clock,
    IdNumberHasher idNumbers) : Grain, IScreeningValidationGrain
{
    public const int KeptRuns = 20;
    private const int KeptPairs = 50;

    private string JobId => this.GetPrimaryKeyString();

    public async ValueTask<ScreeningValidationRun> RunAsync(ScreeningValidationRequest request)
    {
        await SharedLexiconSync.EnsureCurrentAsync(GrainFactory);
        var rubrics = GrainFactory.GetGrain<IJobRubricGrain>(JobId);
        var job = await rubrics.GetAsync() ?? throw new JobNotFoundException(JobId);
        var (modelJson, version) = request.DraftModelJson is { } draft ? (draft, (int?)null)
            : request.RubricVersion is { } v ? ((await rubrics.GetVersionAsync(v))?.ModelJson ?? throw new JobNotFoundException($"{JobId} v{v}"), v)
            : (job.Rubric.ModelJson, job.Rubric.Version);
        var now = clock.GetUtcNow();
        var extractor = new ResumeExtractor(TextLexicon.Shared, DateOnly.FromDateTime(now.UtcDateTime), idNumbers);
        var screener = new ResumeScreener(new ScreeningPlan(CompetencyModelJson.Deserialize(modelJson), TextLexicon.Shared));
        var labels = request.Labels.Select(l => new HrLabel(l.File, l.Tier[0], l.Score)).ToList();
        var (items, unread) = new ValidationSet(extractor, screener).Screen(request.Files.Select(f => new ResumeFile(f.Name, f.Content)), labels);
        var report = ScreeningAgreement.Report(items);

        var run = new ScreeningValidationRun(
            Guid.NewGuid(), JobId, now, request.Actor, version, request.DraftModelJson is not null, ScreeningWeights.AnalyserVersion,
            Figures(report.Overall),
            [.. report.ByLanguage.Select(g => new ValidationGroup(g.Key, Figures(g.Value)))],
            [.. report.ByFormat.Select(g => new ValidationGroup(g.Key, Figures(g.Value)))],
            [.. items.Select(Resume)],
            [.. report.Discordant.Take(KeptPairs).Select(p => new ValidationPair(Resume(p.PreferredByHr), Resume(p.PreferredByModel)))],
            report.Discordant.Count,
            [.. unread.Select(u => $"{u.File}: {u.Reason}")]);
        state.State.Runs.Insert(0, run);
        if (state.State.Runs.Count > KeptRuns) state.State.Runs.RemoveRange(KeptRuns, state.State.Runs.Count - KeptRuns);
        await state.WriteOrReloadAsync(this);
        return run;
    }

    public ValueTask<ImmutableArray<ScreeningValidationRun>> ListAsync() => ValueTask.FromResult(state.State.Runs.ToImmutableArray());

    private static ValidationFigures Figures(AgreementFigures f) => new(f.Count, Round(f.TierAgreement), Round(f.Spearman), Round(f.PairwiseAccuracy), f.ComparablePairs);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;

    private static ValidatedResume Resume(ValidationItem item) => new(
        item.File, item.Language, item.Format, item.HrTier.ToString(), item.HrScore, item.ModelScore, item.ModelTier.ToString(), item.KnockedOut,
        item.ExplanationZh, item.ExplanationEn);
}
