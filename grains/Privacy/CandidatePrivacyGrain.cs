using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Candidates;
using BankHire.Indexes;
using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Persistence;
using BankHire.Resumes;
using BankHire.Scoring;
using Microsoft.Extensions.Logging;

namespace BankHire.Privacy;

/// <summary>
/// A candidate's data rights. One durable reminder covers what is due next — a deletion request (processed within
/// <see cref="RetentionSchedule.DeletionProcessingDelay"/>, far inside its deadline) or the end of the job's retention —
/// so a purge happens on time across restarts. Erasure deletes the interview media, typed answers, transcripts and
/// reports, and the candidate's contact, education, notes, screening and resume, then shreds the candidate's data keys.
/// </summary>
[GrainType("candidate-privacy")]
public sealed class CandidatePrivacyGrain(
    [PersistentState("candidate-privacy")] IPersistentState<CandidatePrivacyState> state,
    IDataKeyShredder keys,
    TimeProvider clock,
    ILogger<CandidatePrivacyGrain> logger) : Grain, ICandidatePrivacyGrain, IRemindable
{
    public const string Reminder = "privacy";

    /// <summary>Orleans timers take at most ~49 days; a later due date is reached by daily ticks after the first.</summary>
    private static readonly TimeSpan LongestFirstWait = TimeSpan.FromDays(40);

    private ICandidateGrain Candidate => GrainFactory.GetGrain<ICandidateGrain>(this.GetPrimaryKey());

    public ValueTask<CandidatePrivacy> GetAsync() => ValueTask.FromResult(View());

    public async Task CandidateChangedAsync()
    {
        if (state.State.Erasure is { PersonalDataKept: false }) return;
        if (await Candidate.GetAsync() is not { } candidate) return;
        state.State.RetentionDays = await RetentionDaysAsync(candidate.Application.JobId);
        var due = RetentionSchedule.DueAt(candidate, state.State.RetentionDays);
        if (state.State.RetentionDueAt == due && state.State.Erasure is null) return;
        state.State.RetentionDueAt = due;
        state.State.Erasure = null;
        await state.WriteOrReloadAsync(this);
        await ArmAsync();
    }

    public async ValueTask<CandidatePrivacy> RequestDeletionAsync(string requestedBy)
    {
        var candidate = await Candidate.GetAsync() ?? throw new PipelineException($"Candidate {this.GetPrimaryKey()} does not exist.", "candidateId");
        if (state.State.Deletion is not null) return View();
        var now = clock.GetUtcNow();
        var deadline = RetentionSchedule.DeletionDeadlineUnder(await JobJurisdiction.PackAsync(GrainFactory, candidate.Application.JobId));
        state.State.Deletion = new DeletionRequest(now, now + deadline, requestedBy, null);
        await state.WriteOrReloadAsync(this);
        await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.DeletionRequests).AddAsync(this.GetPrimaryKey().ToString());
        await ArmAsync();
        return View();
    }

    public async ValueTask<CandidatePrivacy> RequestAlternativeProcessAsync(string? reason)
    {
        if (await Candidate.GetAsync() is null) throw new PipelineException($"Candidate {this.GetPrimaryKey()} does not exist.", "candidateId");
        if (state.State.AlternativeProcess is not null) return View();
        state.State.AlternativeProcess = new AlternativeProcessRequest(clock.GetUtcNow(), reason);
        await state.WriteOrReloadAsync(this);
        return View();
    }

    public async ValueTask<CandidateDataExport> ExportAsync(string by)
    {
        var candidate = await Candidate.GetAsync() ?? throw new PipelineException($"Candidate {this.GetPrimaryKey()} does not exist.", "candidateId");
        var interviews = new List<InterviewProgress>();
        var reports = new List<InterviewReport>();
        foreach (var id in candidate.InterviewIds)
        {
            if (await GrainFactory.GetGrain<IInterviewSessionGrain>(id).GetProgressAsync() is { } progress) interviews.Add(progress);
            if (await GrainFactory.GetGrain<IInterviewScoringGrain>(id).GetAsync() is { } report) reports.Add(report);
        }
        var resume = await GrainFactory.GetGrain<IResumePoolGrain>(candidate.Application.JobId).ResumeOfAsync(candidate.Id);
        state.State.Exports.Add(new DataExportRecord(clock.GetUtcNow(), by));
        await state.WriteOrReloadAsync(this);
        return new CandidateDataExport(clock.GetUtcNow(), candidate, await Candidate.GetScreeningAsync(), resume,
            [.. interviews], [.. reports], await Candidate.GetDecisionsAsync(), View());
    }

    public async ValueTask<CandidatePrivacy> EraseAsync(string reason)
    {
        await EraseAsync(reason, keepPersonalData: false);
        return View();
    }

    public async ValueTask<CandidatePrivacy> ProcessDueAsync()
    {
        var now = clock.GetUtcNow();
        if (state.State.Deletion is { ProcessedAt: null } request && now >= request.RequestedAt + RetentionSchedule.DeletionProcessingDelay)
        {
            await EraseAsync($"deletion requested by {request.RequestedBy}", keepPersonalData: false);
            state.State.Deletion = request with { ProcessedAt = clock.GetUtcNow() };
            await state.WriteOrReloadAsync(this);
        }
        if (state.State.Erasure is null && state.State.RetentionDueAt is { } due && now >= due && await Candidate.GetAsync() is { } candidate)
            await EraseAsync($"retention of {state.State.RetentionDays} days ended", RetentionSchedule.KeepsPersonalData(candidate.Stage));
        await ArmAsync();
        return View();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != Reminder) return;
        try
        {
            await ProcessDueAsync();
        }
        catch (Exception e)
        {
            // The reminder ticks again a period later; nothing is lost by waiting.
            logger.LogWarning(e, "Privacy work for candidate {Candidate} failed; retrying on the next tick", this.GetPrimaryKey());
        }
    }

    private async Task EraseAsync(string reason, bool keepPersonalData)
    {
        var candidate = await Candidate.GetAsync() ?? throw new PipelineException($"Candidate {this.GetPrimaryKey()} does not exist.", "candidateId");
        if (!keepPersonalData)
        {
            // The sessions are read (activated) before their keys go, so they can still delete their rows and keep their
            // pipeline facts. Shredding first makes every copy of what the keys sealed (WAL, replicas, backups) unreadable;
            // the cleared states written next are sealed under new keys.
            foreach (var id in candidate.InterviewIds) await GrainFactory.GetGrain<IInterviewSessionGrain>(id).GetProgressAsync();
            await keys.ShredAsync(candidate.Id, candidate.InterviewIds);
        }
        foreach (var id in candidate.InterviewIds)
        {
            var session = GrainFactory.GetGrain<IInterviewSessionGrain>(id);
            if (keepPersonalData) await session.PurgeMediaAsync(reason);
            else await session.EraseAsync(reason);
        }
        if (!keepPersonalData)
        {
            await Candidate.EraseAsync("privacy", reason);
            await GrainFactory.GetGrain<IResumePoolGrain>(candidate.Application.JobId).ForgetAsync(candidate.Id);
            await GrainFactory.GetGrain<BankHire.Fairness.ISelfIdentificationGrain>(candidate.Id).WithdrawAsync();
        }
        state.State.Erasure = new Erasure(clock.GetUtcNow(), reason, candidate.InterviewIds.Length, keepPersonalData);
        if (!keepPersonalData) state.State.RetentionDueAt = null;
        await state.WriteOrReloadAsync(this);
        logger.LogInformation("Candidate {Candidate} erased ({Reason}); personal data kept: {Kept}", this.GetPrimaryKey(), reason, keepPersonalData);
    }

    private async Task<int> RetentionDaysAsync(string jobId)
    {
        if (await GrainFactory.GetGrain<IJobRubricGrain>(jobId).GetAsync() is not { } job) return ScoringPolicy.DefaultRetentionDays;
        try
        {
            return CompetencyModelJson.Deserialize(job.Rubric.ModelJson).Policy.EffectiveRetentionDays;
        }
        catch (CompetencyModelFormatException)
        {
            return ScoringPolicy.DefaultRetentionDays;
        }
    }

    /// <summary>Points the one reminder at the next thing due, or removes it when nothing is.</summary>
    private async Task ArmAsync()
    {
        DateTimeOffset? next = null;
        if (state.State.Deletion is { ProcessedAt: null } request) next = request.RequestedAt + RetentionSchedule.DeletionProcessingDelay;
        if (state.State.Erasure is null && state.State.RetentionDueAt is { } due && (next is null || due < next)) next = due;
        if (next is not { } at)
        {
            if (await this.GetReminder(Reminder) is { } reminder) await this.UnregisterReminder(reminder);
            return;
        }
        var wait = at - clock.GetUtcNow();
        wait = wait < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait > LongestFirstWait ? LongestFirstWait : wait;
        await this.RegisterOrUpdateReminder(Reminder, wait, TimeSpan.FromDays(1));
    }

    private CandidatePrivacy View() => new(this.GetPrimaryKey(), state.State.RetentionDays, state.State.RetentionDueAt,
        state.State.Deletion, [.. state.State.Exports], state.State.Erasure, state.State.AlternativeProcess);
}
