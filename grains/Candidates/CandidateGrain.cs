using System.Collections.Immutable;
using BankHire.Analysis.Scoring.Json;
using BankHire.Employees;
using BankHire.Employees.Onboarding;
using BankHire.Indexes;
using BankHire.Integrations;
using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Privacy;
using BankHire.Persistence;
using BankHire.TalentPool;

namespace BankHire.Candidates;

[GrainType("candidate")]
public sealed class CandidateGrain(
    [PersistentState("candidate")] IPersistentState<CandidateState> state,
    TimeProvider clock) : Grain, ICandidateGrain
{
    public async ValueTask<CandidateSnapshot> CreateAsync(CandidateApplication application, string actor)
    {
        if (state.State.Candidate is { } existing)
        {
            // A crash between saving and indexing leaves a candidate its job does not list: a repeated
            // create (a retried import) completes the listing. Adding to the index is idempotent.
            await AddToJobIndexAsync(existing.Application.JobId);
            return existing;
        }
        var now = clock.GetUtcNow();
        state.State.Candidate = new CandidateSnapshot(
            this.GetPrimaryKey(), application, CandidateStage.Applied, now,
            [new StageChange(CandidateStage.Applied, CandidateStage.Applied, now, actor, "created")], [], null);
        await SaveAsync(state.State.Candidate);
        await AddToJobIndexAsync(application.JobId);
        await GrainFactory.GetGrain<ICandidatePrivacyGrain>(this.GetPrimaryKey()).CandidateChangedAsync();
        return state.State.Candidate;
    }

    private Task AddToJobIndexAsync(string jobId) =>
        GrainFactory.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).AddAsync(this.GetPrimaryKey().ToString()).AsTask();

    public ValueTask<CandidateSnapshot?> GetAsync() => ValueTask.FromResult(state.State.Candidate);

    public async ValueTask<CandidateSnapshot> UpdateAsync(CandidateUpdate update, string actor)
    {
        var current = Existing();
        var application = current.Application with
        {
            Contact = update.Contact ?? current.Application.Contact,
            School = update.School ?? current.Application.School,
            Major = update.Major ?? current.Application.Major,
            GraduationYear = update.GraduationYear ?? current.Application.GraduationYear,
        };
        return await SaveAsync(current with { Application = application, Notes = update.Notes ?? current.Notes });
    }

    public async ValueTask<CandidateSnapshot> MoveToAsync(CandidateStage stage, string actor, string? reason)
    {
        var current = Existing();
        if (current.Stage == stage)
        {
            // A repeated "hired" completes an onboarding a crash interrupted; onboarding is idempotent.
            if (stage == CandidateStage.Hired) await OnboardAsync(current, current.History[^1].At, actor);
            return current;
        }
        if (!PipelineRules.CanMove(current.Stage, stage))
        {
            throw new PipelineException(
                $"A candidate in stage '{current.Stage}' cannot move to '{stage}'. Allowed: {string.Join(", ", PipelineRules.NextStages(current.Stage))}.",
                "stage");
        }
        if (stage is CandidateStage.Offer or CandidateStage.Rejected
            && (await JobJurisdiction.PackAsync(GrainFactory, current.Application.JobId)).FinalOutcomeRefusal(state.State.InterviewReports.Count > 0, current.Decision is not null) is { } refusal)
            throw new PipelineException(refusal, "stage");
        var change = new StageChange(current.Stage, stage, clock.GetUtcNow(), actor, reason);
        var saved = await SaveAsync(current with { Stage = stage, History = current.History.Add(change) });
        // A withdrawn candidate's interviews take nothing more (uploads, consent, steps); what is stored waits for retention.
        if (stage == CandidateStage.Withdrawn)
            await Task.WhenAll(saved.InterviewIds.Select(id => GrainFactory.GetGrain<IInterviewSessionGrain>(id).CloseForWithdrawnCandidateAsync().AsTask()));
        // Retention counts from the candidate's last step.
        await GrainFactory.GetGrain<ICandidatePrivacyGrain>(this.GetPrimaryKey()).CandidateChangedAsync();
        await this.PublishWebhookAsync(WebhookEvents.StageChanged(saved, change));
        if (stage == CandidateStage.Hired) await OnboardAsync(saved, change.At, actor);
        return saved;
    }

    private async Task OnboardAsync(CandidateSnapshot hired, DateTimeOffset at, string actor)
    {
        var hire = await HireFacts.CollectAsync(GrainFactory, hired, state.State.Screening, state.State.InterviewReports, at, actor);
        await GrainFactory.GetGrain<IEmployeeGrain>(hired.Id).OnboardAsync(hire);
    }

    public async ValueTask AttachInterviewAsync(Guid interviewId)
    {
        var current = Existing();
        if (current.InterviewIds.Contains(interviewId)) return;
        await SaveAsync(current with { InterviewIds = current.InterviewIds.Add(interviewId) });
    }

    public async ValueTask<bool> AttachFirstInterviewAsync(Guid interviewId)
    {
        var current = Existing();
        if (current.InterviewIds.Contains(interviewId)) return true;
        if (current.InterviewIds.Length > 0 || current.Stage is not (CandidateStage.Applied or CandidateStage.Screened)) return false;
        await SaveAsync(current with { InterviewIds = current.InterviewIds.Add(interviewId) });
        return true;
    }

    public async ValueTask<CandidateSnapshot> RecordScreeningAsync(ResumeScreening screening, string actor)
    {
        var current = Existing();
        state.State.Screening = screening;
        if (current.Stage != CandidateStage.Applied) return await SaveAsync(current);
        var change = new StageChange(current.Stage, CandidateStage.Screened, clock.GetUtcNow(), actor, $"resume screened: {screening.Score:0.#}/100");
        return await SaveAsync(current with { Stage = CandidateStage.Screened, History = current.History.Add(change) });
    }

    public async ValueTask AttachInterviewReportAsync(InterviewReportSummary report)
    {
        var current = Existing();
        state.State.InterviewReports.RemoveAll(r => r.InterviewId == report.InterviewId);
        state.State.InterviewReports.Add(report);
        // The report just attached is the latest: its suggestion replaces the one before (none if it could not be scored).
        await SaveAsync(current with { Suggestion = await SuggestionAsync(current.Application.JobId, report) });
    }

    private async Task<InterviewSuggestion?> SuggestionAsync(string jobId, InterviewReportSummary report)
    {
        var rubric = await GrainFactory.GetGrain<IJobRubricGrain>(jobId).GetVersionAsync(report.RubricVersion);
        if (rubric is null) return null;
        try
        {
            return InterviewSuggestions.From(report, CompetencyModelJson.Deserialize(rubric.ModelJson).Policy);
        }
        catch (CompetencyModelFormatException)
        {
            // Without the job's cut-offs there is no suggestion to keep; the report itself is kept all the same.
            return null;
        }
    }

    public async ValueTask<CandidateSnapshot> DecideAsync(HiringVerdict verdict, string actor, string? reason)
    {
        var current = Existing();
        var ai = current.Suggestion
            ?? throw new PipelineException("There is no AI interview suggestion to decide on yet: HR decides once the interview report is scored.", "decision");
        var overrides = verdict != ai.Verdict;
        if (overrides && string.IsNullOrWhiteSpace(reason))
            throw new PipelineException($"The decision {verdict} overrides the AI's suggestion {ai.Verdict}: give a reason.", "reason");
        if (current.Decision is { } latest && latest.Verdict == verdict && latest.Reason == reason && latest.AiVerdict == ai.Verdict) return current;
        var decision = new HrDecision(verdict, actor, clock.GetUtcNow(), reason, ai.Verdict, overrides);
        state.State.Decisions.Add(decision);
        return await SaveAsync(current with { Decision = decision });
    }

    public async ValueTask<CandidateSnapshot> EraseAsync(string actor, string reason)
    {
        var current = Existing();
        state.State.Screening = null;
        var erased = current.Application with { Contact = ErasedContact, School = null, Major = null, GraduationYear = null };
        return await SaveAsync(current with { Application = erased, Notes = null });
    }

    /// <summary>What an erased candidate's contact reads: no name, e-mail or phone.</summary>
    public static readonly CandidateContact ErasedContact = new("(已删除 erased)", null, null);

    public ValueTask<ImmutableArray<HrDecision>> GetDecisionsAsync() => ValueTask.FromResult(state.State.Decisions.ToImmutableArray());

    public ValueTask<System.Collections.Immutable.ImmutableArray<InterviewReportSummary>> GetInterviewReportsAsync() =>
        ValueTask.FromResult(state.State.InterviewReports.ToImmutableArray());

    public ValueTask<ResumeScreening?> GetScreeningAsync() => ValueTask.FromResult(state.State.Screening);

    private CandidateSnapshot Existing() =>
        state.State.Candidate ?? throw new PipelineException($"Candidate {this.GetPrimaryKey()} does not exist.", "candidateId");

    private async ValueTask<CandidateSnapshot> SaveAsync(CandidateSnapshot snapshot)
    {
        state.State.Candidate = snapshot;
        await state.WriteOrReloadAsync(this);
        // One-way: the pool reads the candidate back when this turn is over, and nothing here waits for it.
        await GrainFactory.GetGrain<ITalentPoolGrain>(ITalentPoolGrain.Key).CandidateChangedAsync(this.GetPrimaryKey());
        return snapshot;
    }
}
