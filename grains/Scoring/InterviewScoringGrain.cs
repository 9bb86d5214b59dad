using System.Collections.Immutable;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Answers;
using BankHire.Candidates;
using BankHire.HrNotifications;
using BankHire.Integrations;
using BankHire.Interviews;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace BankHire.Scoring;

/// <summary>
/// Scores a completed interview: every scored answer's analysis (made on the silos that hold the answers), folded and
/// scored with the rubric version pinned in the invitation. Stores the report JSON, puts the result on the
/// candidate's profile, tells HR and marks the report ready. The same stored analyses always give the same JSON.
/// A job whose policy releases feedback automatically gets it released with the report, or later by a durable
/// reminder (<see cref="FeedbackReminder"/>), so a restart in between loses nothing.
/// </summary>
[GrainType("interview-scoring")]
public sealed class InterviewScoringGrain(
    [PersistentState("interview-scoring")] IPersistentState<InterviewScoringState> state,
    AnswerAnalyser analyser,
    TimeProvider clock,
    ILogger<InterviewScoringGrain> logger) : Grain, IInterviewScoringGrain, IRemindable
{
    public const string FeedbackReminder = "release-feedback";

    /// <summary>A busy cluster can time a scoring call out; the interview is scored again, a little later each time.</summary>
    public const int MaxAttempts = 5;

    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    private IGrainTimer? retry;

    public async Task StartAsync(InterviewProgress progress)
    {
        await this.PublishInterviewCompletedAsync(this.GetPrimaryKey(), progress.Interview.CompletedAt ?? clock.GetUtcNow());
        await ScoreOrRetryAsync(progress, attempt: 1);
    }

    private async Task ScoreOrRetryAsync(InterviewProgress progress, int attempt)
    {
        try
        {
            await ScoreAsync(progress);
        }
        catch (InterviewStateException e)
        {
            // Not completed, consent withdrawn: asking again would not change the answer.
            logger.LogWarning(e, "Interview {Interview} is not scored", this.GetPrimaryKey());
        }
        catch (Exception e) when (attempt < MaxAttempts)
        {
            logger.LogWarning(e, "Scoring interview {Interview} failed (attempt {Attempt} of {Max}); trying again", this.GetPrimaryKey(), attempt, MaxAttempts);
            retry?.Dispose();
            retry = this.RegisterGrainTimer(
                _ => ScoreOrRetryAsync(progress, attempt + 1),
                new GrainTimerCreationOptions { DueTime = RetryDelay * attempt, Period = Timeout.InfiniteTimeSpan, KeepAlive = true });
        }
        catch (Exception e)
        {
            logger.LogError(e, "Scoring interview {Interview} failed after {Max} attempts", this.GetPrimaryKey(), MaxAttempts);
        }
    }

    public async ValueTask<InterviewReport> ScoreAsync(InterviewProgress progress)
    {
        if (state.State.Report is { } stored) return stored;
        var completedAt = progress.Interview.CompletedAt ?? clock.GetUtcNow();
        if (progress.Interview.Status != InterviewStatus.Completed)
            throw new InterviewStateException($"The interview is {progress.Interview.Status}; only a Completed interview is scored.");
        if (progress.Consent is not { Active: true })
            throw new InterviewStateException("The candidate withdrew consent: the interview is not scored.");

        var report = await ScoreAnswersAsync(progress, (grain, request) => grain.ScoreAsync(request), completedAt);
        var releaseAt = (await InterviewQuestions.ModelAsync(GrainFactory, progress.Interview.Invitation))?.Policy.FeedbackReleaseAt(report.ScoredAt);
        if (releaseAt <= report.ScoredAt) report = report with { FeedbackReleased = true };
        state.State.Report = report;
        state.State.FeedbackReleaseAt = releaseAt > report.ScoredAt ? releaseAt : null;
        await state.WriteOrReloadAsync(this);
        if (state.State.FeedbackReleaseAt is { } due) await ArmFeedbackReminderAsync(due);

        var invitation = progress.Interview.Invitation;
        var candidate = GrainFactory.GetGrain<ICandidateGrain>(invitation.CandidateId);
        if (await candidate.GetAsync() is not null)
            await candidate.AttachInterviewReportAsync(new InterviewReportSummary(report.InterviewId, report.RubricVersion, report.OverallScore, report.Recommendation, report.ScoredAt));
        await GrainFactory.GetGrain<IHrNotificationsGrain>(IHrNotificationsGrain.Key).PostAsync(ReportReadyNotice.For(report, invitation.CandidateId));
        // Told forward, not called back: the session marks the report ready (and lets go of the recording unless kept).
        await this.GetStreamProvider(InterviewStreams.Provider).GetStream<ReportStored>(StreamId.Create(InterviewStreams.Reports, report.InterviewId))
            .OnNextAsync(new ReportStored(report.InterviewId, report.ScoredAt));
        await this.PublishWebhookAsync(WebhookEvents.ReportReady(report, invitation.CandidateId));
        return report;
    }

    public async ValueTask<InterviewReport> RescoreFromStoreAsync()
    {
        var progress = await GrainFactory.GetGrain<IInterviewSessionGrain>(this.GetPrimaryKey()).GetProgressAsync()
            ?? throw new InterviewStateException($"Interview {this.GetPrimaryKey()} does not exist.");
        if (progress.MediaPurge is { } purge)
            throw new InterviewStateException($"The recording was deleted at {purge.At:O} ({purge.Reason}): there is nothing to score again from the store.");
        return await ScoreAnswersAsync(progress, (grain, request) => grain.RescoreAsync(request), progress.Interview.CompletedAt ?? clock.GetUtcNow());
    }

    public ValueTask<InterviewReport?> GetAsync() => ValueTask.FromResult(state.State.Report);

    public async ValueTask<InterviewReport?> ReleaseFeedbackAsync()
    {
        if (state.State.Report is not { FeedbackReleased: false } report) return state.State.Report;
        state.State.Report = report with { FeedbackReleased = true };
        await state.WriteOrReloadAsync(this);
        return state.State.Report;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != FeedbackReminder) return;
        if (state.State.Report is { FeedbackReleased: false } && state.State.FeedbackReleaseAt is { } due)
        {
            if (clock.GetUtcNow() < due) return; // an early tick: the next one comes a period later
            await ReleaseFeedbackAsync();
        }
        if (await this.GetReminder(FeedbackReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    // Reminders tick at least a minute apart; the first tick is at the due time, a later one retries a failed release.
    private Task ArmFeedbackReminderAsync(DateTimeOffset due)
    {
        var wait = due - clock.GetUtcNow();
        return this.RegisterOrUpdateReminder(FeedbackReminder, wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait, TimeSpan.FromMinutes(1));
    }

    public async Task DeleteAsync()
    {
        if (state.State.Report is null) return;
        state.State.Report = null;
        await state.WriteOrReloadAsync(this);
    }

    private async Task<InterviewReport> ScoreAnswersAsync(
        InterviewProgress progress, Func<IAnswerScoringGrain, AnswerScoringRequest, ValueTask<AnswerScore>> score, DateTimeOffset completedAt)
    {
        var invitation = progress.Interview.Invitation;
        var model = await InterviewQuestions.ModelAsync(GrainFactory, invitation)
            ?? throw new InvalidOperationException($"Job '{invitation.JobId}' has no rubric version {invitation.RubricVersion}.");
        var requests = progress.Questions
            .Where(q => !q.Practice && q.State == QuestionState.Answered)
            .Select(q => AnswerScoringRequests.For(progress, q)!)
            .ToList();
        // All answers at once: each answer's grain lives on its own (random) silo.
        var answers = await Task.WhenAll(requests.Select(r =>
            score(GrainFactory.GetGrain<IAnswerScoringGrain>(AnswerKeys.StreamKey(r.InterviewId, AnswerKeys.For(r.QuestionId, r.Attempt))), r).AsTask()));

        var consents = MediaConsent.Of(progress).Analyses.ToScoringContext();
        var interview = new InterviewAnalysis(analyser, new RubricScorer(model, invitation.RubricVersion, rubricId: invitation.JobId));
        var scored = interview.Score([.. answers.Select(a => AnswerAnalysisJson.Deserialize(a.AnalysisJson))], consents);
        var now = clock.GetUtcNow();
        return new InterviewReport(progress.Interview.Id, invitation.JobId, invitation.RubricVersion, scored.Report.OverallScore,
            scored.Report.Recommendation.ToString(), scored.Json, [.. answers.Select(a => $"{a.Request.QuestionId}@{a.Silo}")],
            now, Math.Max(0, (now - completedAt).TotalSeconds));
    }
}
