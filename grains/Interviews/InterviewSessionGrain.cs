using System.Collections.Immutable;
using BankHire.Analysis.Scoring.Model;
using BankHire.Answers;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Notifications;
using BankHire.Notifications.Templates;
using BankHire.Persistence;
using BankHire.Privacy;
using BankHire.Scoring;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace BankHire.Interviews;

/// <summary>
/// Lifecycle of one AI interview: invited → booked → in progress → completed, or expired; the candidate's consents,
/// question progress (order, attempts, retakes, finish checked against the chunk store) and integrity signals. Not on
/// the per-chunk path: ingest reads the consent from the snapshot and rings the doorbells itself. What the scorers find
/// comes back one way, on the interview's streams (integrity signals, the stored report).
/// </summary>
[GrainType("interview-session")]
[ImplicitStreamSubscription(InterviewStreams.Integrity), ImplicitStreamSubscription(InterviewStreams.Reports)]
public sealed class InterviewSessionGrain(
    [PersistentState("interview-session")] IPersistentState<InterviewSessionState> state,
    IChunkReader chunks,
    IChunkPurge media,
    NotificationOptions options,
    TimeProvider clock) : Grain, IInterviewSessionGrain, IStreamSubscriptionObserver, IAsyncObserver<IntegritySignal>, IAsyncObserver<ReportStored>
{
    private const int MaxIntegritySignals = 1_000;

    /// <summary>
    /// An upload checked against the consent just before it was withdrawn may commit just after the withdrawal's purge;
    /// ingest reads the body before that check, so the gap is one database write. A second purge this much later deletes
    /// such a chunk. (A silo lost in between loses the second purge; the job's retention still erases the chunk.)
    /// </summary>
    public static readonly TimeSpan LateChunkSweep = TimeSpan.FromSeconds(15);

    private InterviewWindowPolicy? _windowPolicy;

    public async ValueTask<InterviewSnapshot> CreateAsync(InterviewInvitation invitation)
    {
        if (state.State.Interview is { } existing) return existing;
        state.State.Questions = InterviewQuestions.Plan(invitation, await InterviewQuestions.ModelAsync(GrainFactory, invitation));
        return await SaveAsync(new InterviewSnapshot(
            this.GetPrimaryKey(), invitation, InterviewStatus.Invited, clock.GetUtcNow(), null, null, null));
    }

    public ValueTask<InterviewSnapshot?> GetAsync() => ValueTask.FromResult(Current());

    public ValueTask<InterviewProgress?> GetProgressAsync() =>
        ValueTask.FromResult(Current() is { } interview ? Progress(interview) : null);

    public async ValueTask<InterviewProgress?> ProgressForTokenAsync(Guid? tokenId) =>
        await AcceptsTokenAsync(tokenId) ? await GetProgressAsync() : null;

    public async ValueTask<InterviewSnapshot> BookAsync(DateTimeOffset slot, int durationMinutes = 0)
    {
        var current = Open(InterviewStatus.Invited, InterviewStatus.Booked);
        if (slot > current.Invitation.ExpiresAt)
            throw new InterviewStateException($"The slot {slot:O} is after the invitation expires ({current.Invitation.ExpiresAt:O}).");
        return await SaveAsync(current with { Status = InterviewStatus.Booked, BookedSlot = slot, BookedMinutes = durationMinutes > 0 ? durationMinutes : null });
    }

    public async ValueTask<InterviewSnapshot?> ReleaseBookingAsync()
    {
        if (Current() is not { Status: InterviewStatus.Booked } booked) return Current();
        return await SaveAsync(booked with { Status = InterviewStatus.Invited, BookedSlot = null, BookedMinutes = null });
    }

    public async ValueTask<InterviewProgress> GiveConsentAsync(ConsentChoice choice)
    {
        var current = Open(InterviewStatus.Invited, InterviewStatus.Booked, InterviewStatus.InProgress);
        if (string.IsNullOrWhiteSpace(choice.TextVersion)) throw new InterviewInputException("'textVersion' is required.", "textVersion");
        if (choice.Language is not ("zh" or "en")) throw new InterviewInputException("'language' must be 'zh' or 'en'.", "language");
        var pack = await JobJurisdiction.PackAsync(GrainFactory, current.Invitation.JobId);
        if (pack.BiometricConsentRefusal(choice.Face, choice.BiometricNoticeVersion) is { } refusal)
            throw new InterviewInputException(refusal, "biometricNoticeVersion");
        state.State.Consents.Add(new ConsentRecord(choice.Face, choice.Voice, choice.Content, choice.KeepRecording,
            choice.TextVersion.Trim(), choice.Language, choice.ClientAddress, clock.GetUtcNow(),
            BiometricNoticeVersion: choice.Face ? pack.BiometricNoticeVersion : null));
        return Progress(await SaveAsync(current));
    }

    public async ValueTask<InterviewProgress> WithdrawConsentAsync(string? clientAddress)
    {
        var current = Existing();
        if (state.State.Consents.LastOrDefault() is not { Active: true } consent)
            throw new InterviewStateException("There is no consent in force to withdraw.");
        state.State.Consents.Add(consent with { ClientAddress = clientAddress ?? consent.ClientAddress, WithdrawnAt = clock.GetUtcNow() });
        if (current.Status == InterviewStatus.Completed)
        {
            // Every analysis was withdrawn: nothing may be scored, so the report goes.
            state.State.ReportReady = false;
            await GrainFactory.GetGrain<IInterviewScoringGrain>(current.Id).DeleteAsync();
        }
        var saved = await SaveAsync(current);
        // Nothing may be analysed any more, so nothing recorded is kept for it; once more a little later for an upload
        // that was checked before the withdrawal and committed after this purge.
        await PurgeMediaAsync("consent withdrawn");
        this.RegisterGrainTimer(_ => PurgeMediaAsync("consent withdrawn").AsTask(),
            new GrainTimerCreationOptions { DueTime = LateChunkSweep, Period = Timeout.InfiniteTimeSpan, KeepAlive = true });
        return Progress(saved);
    }

    public async ValueTask<InterviewSnapshot> StartAsync()
    {
        var current = Current();
        if (current?.Status == InterviewStatus.InProgress) return current;
        current = Open(InterviewStatus.Invited, InterviewStatus.Booked);
        if (state.State.Consents.LastOrDefault() is not { Active: true })
            throw new InterviewStateException($"The interview is {current.Status} and has no consent in force: give consent before starting.");
        var pack = await JobJurisdiction.PackAsync(GrainFactory, current.Invitation.JobId);
        if (pack.NoticePeriodRefusal(current.Invitation.NoticeGivenAt ?? current.CreatedAt, clock.GetUtcNow()) is { } early)
            throw new InterviewStateException(early);
        if (pack.ImpactAssessmentRequired && state.State.Consents[^1].Face
            && pack.ImpactAssessmentRefusal(analysesFaces: true, await GrainFactory.GetGrain<IImpactAssessmentGrain>(current.Invitation.JobId).GetCurrentAsync() is not null) is { } unassessed)
            throw new InterviewStateException(unassessed);
        var policy = await WindowPolicyAsync(current);
        Refuse(policy.WhyNotStart(policy.For(current.BookedSlot, current.BookedMinutes), clock.GetUtcNow(), Zone), current, policy);
        await MoveCandidateAsync(current, CandidateStage.Interviewing, "started the AI interview");
        return await SaveAsync(current with { Status = InterviewStatus.InProgress, StartedAt = clock.GetUtcNow() });
    }

    public async ValueTask<InterviewSnapshot> RecordNoticeAsync(DateTimeOffset noticeGivenAt)
    {
        var current = Open(InterviewStatus.Invited, InterviewStatus.Booked);
        if (noticeGivenAt > clock.GetUtcNow().AddMinutes(1))
            throw new InterviewStateException($"The notice date {noticeGivenAt:yyyy-MM-dd HH:mm} UTC is in the future.");
        return await SaveAsync(current with { Invitation = current.Invitation with { NoticeGivenAt = noticeGivenAt.ToUniversalTime() } });
    }

    public async ValueTask<InterviewProgress> BeginQuestionAsync(string questionId, bool retake)
    {
        var current = Open(InterviewStatus.InProgress);
        await RefuseAnswerOutsideWindowAsync(current);
        var question = Question(questionId);
        var earlier = state.State.Questions.Values.FirstOrDefault(q => q.Index < question.Index && q.State != QuestionState.Answered);
        if (earlier is not null)
            throw new InterviewStateException($"Question '{earlier.QuestionId}' comes first and is {earlier.State}; questions are answered in order.");
        var now = clock.GetUtcNow();
        switch (question.State)
        {
            case QuestionState.Pending:
                Put(question with { State = QuestionState.Answering, Attempts = 1, Attempt = 0, BegunAt = now });
                break;
            case QuestionState.Answering:
                return Progress(current); // resumes the attempt under way (a refresh)
            case QuestionState.Answered when !retake:
                throw new InterviewStateException($"Question '{questionId}' is already Answered; send {{\"retake\": true}} to start another attempt.");
            default:
                if (question.Attempts > question.RetakesAllowed)
                    throw new InterviewStateException($"Question '{questionId}' allows {question.RetakesAllowed} retake(s) and all are used.");
                var later = state.State.Questions.Values.FirstOrDefault(q => q.Index > question.Index && q.State != QuestionState.Pending);
                if (later is not null)
                    throw new InterviewStateException($"Question '{later.QuestionId}' has begun; an earlier question can no longer be retaken.");
                Put(question with
                {
                    State = QuestionState.Answering, Attempts = question.Attempts + 1, Attempt = question.Attempt + 1,
                    FrameCount = 0, AudioCount = 0, TypedAnswer = null, BegunAt = now, AnsweredAt = null,
                });
                break;
        }
        return Progress(await SaveAsync(current));
    }

    public async ValueTask<InterviewProgress> FinishQuestionAsync(string questionId, AnswerFinish finish)
    {
        var current = Open(InterviewStatus.InProgress);
        await RefuseAnswerOutsideWindowAsync(current);
        var question = Question(questionId);
        if (finish.FrameCount < 0) throw new InterviewInputException("'frameCount' cannot be negative.", "frameCount");
        if (finish.AudioCount < 0) throw new InterviewInputException("'audioCount' cannot be negative.", "audioCount");
        if (finish.TypedAnswer is { Length: > 20_000 }) throw new InterviewInputException("'typedAnswer' is at most 20,000 characters.", "typedAnswer");
        if (!question.TypingAllowed && !string.IsNullOrWhiteSpace(finish.TypedAnswer))
            throw new InterviewInputException($"Question '{questionId}' is answered by speaking: this job does not accept a typed answer for it.", "typedAnswer");
        if (finish.Attempt != question.Attempt || question.State == QuestionState.Pending)
            throw new InterviewStateException($"Question '{questionId}' is {question.State} at attempt {question.Attempt}, not attempt {finish.Attempt}.");
        if (question.State == QuestionState.Answered)
        {
            if (finish.FrameCount == question.FrameCount && finish.AudioCount == question.AudioCount) return Progress(current);
            throw new InterviewStateException($"Attempt {finish.Attempt} of question '{questionId}' is already Answered with other counts.");
        }

        var missingFrames = await MissingAsync(current.Id, question.AnswerKey, ChunkKind.Frame, finish.FrameCount);
        var missingAudio = await MissingAsync(current.Id, question.AnswerKey, ChunkKind.Audio, finish.AudioCount);
        if (missingFrames.Length > 0 || missingAudio.Length > 0)
            throw new MissingChunksException(
                $"Attempt {finish.Attempt} of question '{questionId}' is missing {missingFrames.Length} frame(s) and {missingAudio.Length} audio chunk(s); upload them and finish again.",
                missingFrames, missingAudio);

        var answered = question with
        {
            State = QuestionState.Answered, FrameCount = finish.FrameCount, AudioCount = finish.AudioCount,
            TypedAnswer = string.IsNullOrWhiteSpace(finish.TypedAnswer) ? null : finish.TypedAnswer, AnsweredAt = clock.GetUtcNow(),
        };
        Put(answered);
        var saved = await SaveAsync(current);
        // A practice answer is never scored.
        if (!answered.Practice && AnswerScoringRequests.For(Progress(saved), answered) is { } request)
            await GrainFactory.GetGrain<IAnswerScoringGrain>(AnswerKeys.StreamKey(saved.Id, answered.AnswerKey)).StartAsync(request);
        return Progress(saved);
    }

    public async ValueTask RecordIntegrityAsync(string kind, string? questionId, DateTimeOffset at)
    {
        Existing();
        if (questionId is not null) Question(questionId);
        await RecordAsync(new IntegritySignal(kind, questionId, at, clock.GetUtcNow()));
    }

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory)
    {
        if (handleFactory.StreamId.GetNamespace() == InterviewStreams.Integrity)
            await handleFactory.Create<IntegritySignal>().ResumeAsync(this);
        else
            await handleFactory.Create<ReportStored>().ResumeAsync(this);
    }

    /// <summary>A signal a scorer noticed (extra_faces), recorded when it arrives.</summary>
    public async Task OnNextAsync(IntegritySignal signal, StreamSequenceToken? token = null)
    {
        if (state.State.Interview is null || signal.QuestionId is { } id && !state.State.Questions.ContainsKey(id)) return;
        await RecordAsync(signal with { ReceivedAt = clock.GetUtcNow() });
    }

    /// <summary>The report is stored: the recording served the scoring, and without consent to keep it for human review it
    /// goes now, before the report shows as ready. A report that raced a withdrawal is not shown (it is being deleted).</summary>
    public async Task OnNextAsync(ReportStored report, StreamSequenceToken? token = null)
    {
        var consent = new MediaConsent(state.State.Consents.LastOrDefault());
        if (state.State.Interview is null || consent.InForce is not { Active: true } || state.State.ReportReady) return;
        if (!consent.KeepsRecordingAfterScoring) await PurgeMediaAsync("scored; the candidate did not consent to keeping the recording");
        state.State.ReportReady = true;
        await SaveAsync(Existing());
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    private async Task RecordAsync(IntegritySignal signal)
    {
        if (state.State.Integrity.Count >= MaxIntegritySignals) return;
        state.State.Integrity.Add(signal);
        await state.WriteOrReloadAsync(this);
    }

    public async ValueTask<InterviewSnapshot> CompleteAsync()
    {
        var current = Current();
        if (current?.Status == InterviewStatus.Completed) return current;
        current = Open(InterviewStatus.InProgress);
        var open = state.State.Questions.Values.OrderBy(q => q.Index).FirstOrDefault(q => !q.Practice && q.State != QuestionState.Answered);
        if (open is not null)
            throw new InterviewStateException($"The interview is {current.Status}; question '{open.QuestionId}' is {open.State}, and every question must be answered first.");
        var completed = await SaveAsync(current with { Status = InterviewStatus.Completed, CompletedAt = clock.GetUtcNow() });
        await MoveCandidateAsync(completed, CandidateStage.Completed, "completed the AI interview");
        await GrainFactory.GetGrain<IInterviewScoringGrain>(completed.Id).StartAsync(Progress(completed));
        return completed;
    }

    public async ValueTask CloseForWithdrawnCandidateAsync()
    {
        if (state.State.Interview is null || state.State.CandidateWithdrawnAt is not null) return;
        state.State.CandidateWithdrawnAt = clock.GetUtcNow();
        await state.WriteOrReloadAsync(this);
    }

    public async ValueTask<MediaPurge> PurgeMediaAsync(string reason)
    {
        var deleted = await media.PurgeInterviewAsync(this.GetPrimaryKey());
        state.State.MediaPurge = new MediaPurge(clock.GetUtcNow(), reason, deleted + (state.State.MediaPurge?.ChunksDeleted ?? 0));
        await state.WriteOrReloadAsync(this);
        return state.State.MediaPurge;
    }

    public async ValueTask EraseAsync(string reason)
    {
        if (state.State.Interview is not { } interview) return;
        var answerKeys = state.State.Questions.Values.SelectMany(q => Enumerable.Range(0, q.Attempt + 1).Select(a => AnswerKeys.For(q.QuestionId, a))).ToList();
        await Task.WhenAll(answerKeys.Select(key => GrainFactory.GetGrain<IAnswerScoringGrain>(AnswerKeys.StreamKey(interview.Id, key)).DeleteAsync().AsTask()));
        await GrainFactory.GetGrain<IInterviewScoringGrain>(interview.Id).DeleteAsync();
        foreach (var question in state.State.Questions.Values.ToList()) Put(question with { TypedAnswer = null });
        state.State.Consents = [.. state.State.Consents.Select(c => c with { ClientAddress = null })];
        state.State.ReportReady = false;
        await PurgeMediaAsync(reason);
    }

    public async ValueTask<Guid> IssueTokenAsync()
    {
        Existing();
        state.State.TokenId = Guid.NewGuid();
        await state.WriteOrReloadAsync(this);
        return state.State.TokenId.Value;
    }

    /// <summary>An id no token carries is put in force, so every token issued so far (legacy ones included) fails.</summary>
    public async ValueTask RevokeTokensAsync()
    {
        if (state.State.Interview is null) return;
        state.State.TokenId = Guid.NewGuid();
        await state.WriteOrReloadAsync(this);
    }

    public ValueTask<bool> AcceptsTokenAsync(Guid? tokenId) =>
        ValueTask.FromResult(state.State.Interview is not null && state.State.TokenId == tokenId);

    /// <summary>The job's rule for when this interview may be taken, read once per activation from the pinned rubric version.</summary>
    private async ValueTask<InterviewWindowPolicy> WindowPolicyAsync(InterviewSnapshot interview) =>
        _windowPolicy ??= (await InterviewQuestions.ModelAsync(GrainFactory, interview.Invitation))?.Policy.Window ?? InterviewWindowPolicy.Default;

    private async Task RefuseAnswerOutsideWindowAsync(InterviewSnapshot interview)
    {
        var policy = await WindowPolicyAsync(interview);
        Refuse(InterviewWindowPolicy.WhyNotAnswer(policy.For(interview.BookedSlot, interview.BookedMinutes), clock.GetUtcNow(), Zone), interview, policy);
    }

    /// <summary>The bank's time zone, in which a refusal names the times.</summary>
    private TimeZoneInfo Zone => MessageTimes.Zone(options.TimeZone);

    private void Refuse(WindowRefusal? refusal, InterviewSnapshot interview, InterviewWindowPolicy policy)
    {
        if (refusal is null) return;
        var window = policy.For(interview.BookedSlot, interview.BookedMinutes);
        throw new InterviewWindowException(refusal.Message, refusal.Code, window?.SlotStartsAt, window?.OpensAt, window?.LatestStartAt, window?.ClosesAt, Zone.Id);
    }

    private async Task<ImmutableArray<int>> MissingAsync(Guid interviewId, string answerKey, ChunkKind kind, int count)
    {
        if (count == 0) return [];
        var stored = (await chunks.ListAsync(interviewId, answerKey, kind)).ToHashSet();
        return [.. Enumerable.Range(0, count).Where(seq => !stored.Contains(seq))];
    }

    private async Task MoveCandidateAsync(InterviewSnapshot interview, CandidateStage stage, string reason)
    {
        var candidate = GrainFactory.GetGrain<ICandidateGrain>(interview.Invitation.CandidateId);
        var snapshot = await candidate.GetAsync();
        // Sessions made directly (tests, imports) may have no candidate; a candidate elsewhere in the pipeline stays there.
        if (snapshot is null || snapshot.Stage == stage || !PipelineRules.CanMove(snapshot.Stage, stage)) return;
        await candidate.MoveToAsync(stage, "candidate", reason);
    }

    private QuestionProgress Question(string questionId) =>
        state.State.Questions.TryGetValue(questionId, out var question)
            ? question
            : throw new InterviewInputException($"Question '{questionId}' is not in this interview.", "questionId");

    private void Put(QuestionProgress question) => state.State.Questions[question.QuestionId] = question;

    private InterviewProgress Progress(InterviewSnapshot interview) => new(
        interview,
        [.. state.State.Consents],
        [.. state.State.Questions.Values.OrderBy(q => q.Index)],
        [.. state.State.Integrity],
        state.State.ReportReady,
        state.State.MediaPurge);

    private InterviewSnapshot? Current()
    {
        var interview = Decorated(state.State.Interview);
        if (interview is not null && IsExpired(interview)) interview = interview with { Status = InterviewStatus.Expired };
        if (interview is not null && IsAbandoned(interview)) interview = interview with { Status = InterviewStatus.Abandoned };
        return interview;
    }

    /// <summary>Started but not completed when the invitation ran out: what was stored stays for HR, nothing more is taken.</summary>
    private bool IsAbandoned(InterviewSnapshot interview) =>
        interview.Status == InterviewStatus.InProgress && clock.GetUtcNow() > interview.Invitation.ExpiresAt;

    private bool IsExpired(InterviewSnapshot interview) =>
        interview.Status is InterviewStatus.Invited or InterviewStatus.Booked && clock.GetUtcNow() > interview.Invitation.ExpiresAt;

    private InterviewSnapshot Existing() =>
        Decorated(state.State.Interview) ?? throw new InterviewStateException($"Interview {this.GetPrimaryKey()} does not exist.");

    /// <summary>The stored snapshot with what the session knows besides it: the consent in force and HR's withdrawal.</summary>
    private InterviewSnapshot? Decorated(InterviewSnapshot? interview) =>
        interview is null ? null : interview with { Consent = state.State.Consents.LastOrDefault(), CandidateWithdrawnAt = state.State.CandidateWithdrawnAt };

    private InterviewSnapshot Open(params InterviewStatus[] allowed)
    {
        var current = Existing();
        if (IsExpired(current)) throw new InterviewStateException("The invitation has expired.");
        if (IsAbandoned(current)) throw new InterviewStateException("The interview was abandoned: the invitation expired before it was completed.");
        if (current.CandidateWithdrawnAt is not null) throw new InterviewStateException("HR marked the candidate withdrawn from this job: the interview is closed.");
        if (!allowed.Contains(current.Status))
            throw new InterviewStateException($"The interview is {current.Status}; this needs it to be {string.Join(" or ", allowed)}.");
        return current;
    }

    private async ValueTask<InterviewSnapshot> SaveAsync(InterviewSnapshot interview)
    {
        state.State.Interview = interview with { Consent = null, CandidateWithdrawnAt = null };
        await state.WriteOrReloadAsync(this);
        return Decorated(state.State.Interview)!;
    }
}
