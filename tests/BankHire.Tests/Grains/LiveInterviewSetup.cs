using BankHire.Analysis.Scoring.Templates;
using BankHire.Answers;
using BankHire.Candidates;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Jobs;

namespace BankHire.Tests.Grains;

/// <summary>A teller job (the shipped template: practice question then six scored ones), a candidate invited to it, and helpers to answer.</summary>
public sealed record LiveInterviewSetup(ILiveCluster Fixture, string JobId, Guid CandidateId, IInterviewSessionGrain Session, Guid InterviewId, string? Jurisdiction = null)
{
    public static readonly string[] Questions = ["teller-q0", "teller-q1", "teller-q2", "teller-q3", "teller-q4", "teller-q5", "teller-q6"];

    public static async Task<LiveInterviewSetup> InvitedAsync(ILiveCluster fixture, bool facialIndicatorsAllowed = true, string? jurisdiction = null,
        DateTimeOffset? noticeGivenAt = null, bool impactAssessed = true)
    {
        var jobId = $"live-teller-{Guid.NewGuid():N}";
        var modelJson = JobTemplates.LoadJson(JobTemplates.Teller);
        if (!facialIndicatorsAllowed) modelJson = modelJson.Replace("\"facialIndicatorsAllowed\": true", "\"facialIndicatorsAllowed\": false");
        if (jurisdiction is not null) modelJson = modelJson.Replace("\"policy\": {", $"\"policy\": {{ \"jurisdiction\": \"{jurisdiction}\",");
        await fixture.Grains.GetGrain<IJobRubricGrain>(jobId).CreateAsync(new JobPosting("柜员", "Teller", "teller", null, 1, JobStatus.Open), modelJson, "test");
        if (impactAssessed) await AssessImpactAsync(fixture, jobId);
        var candidateId = Guid.NewGuid();
        var candidate = fixture.Grains.GetGrain<ICandidateGrain>(candidateId);
        await candidate.CreateAsync(new CandidateApplication(new CandidateContact("王小明", null, null), jobId, null, null, null, "test"), "test");
        await candidate.MoveToAsync(CandidateStage.Invited, "test", null);
        var interviewId = Guid.NewGuid();
        var session = fixture.Grains.GetGrain<IInterviewSessionGrain>(interviewId);
        await session.CreateAsync(new InterviewInvitation(candidateId, jobId, 1, fixture.Clock.GetUtcNow().AddDays(30), [.. Questions], noticeGivenAt));
        return new LiveInterviewSetup(fixture, jobId, candidateId, session, interviewId, jurisdiction);
    }

    /// <summary>A personal-information impact assessment recorded for the job (CN and EU jobs need one before face analysis).</summary>
    public static async Task AssessImpactAsync(ILiveCluster fixture, string jobId) =>
        await fixture.Grains.GetGrain<BankHire.Privacy.IImpactAssessmentGrain>(jobId).RecordAsync(Assessment(fixture));

    public static BankHire.Privacy.ImpactAssessment Assessment(ILiveCluster fixture) => new("screening tellers", "volume", "face is sensitive", "consent, encryption",
        "compliance", DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), "test", fixture.Clock.GetUtcNow());

    public static ConsentChoice AllConsents => new(true, true, true, false, "v1", "en", "127.0.0.1");

    /// <summary>Every analysis, with the separate biometric consent where the job's jurisdiction asks for it.</summary>
    public ConsentChoice AllConsentsHere =>
        AllConsents with { BiometricNoticeVersion = BankHire.Analysis.Scoring.Model.JurisdictionPack.For(Jurisdiction).BiometricNoticeVersion };

    public async Task<LiveInterviewSetup> StartedAsync(ConsentChoice? consent = null)
    {
        await Session.GiveConsentAsync(consent ?? AllConsentsHere);
        await Session.StartAsync();
        return this;
    }

    /// <summary>Stores frames as the ingest does (without ringing the doorbell).</summary>
    public async Task StoreAsync(string answerKey, ChunkKind kind, int count, byte[] payload)
    {
        for (var seq = 0; seq < count; seq++)
            await Fixture.Chunks.StoreAsync(new AnswerChunk(new AnswerTrack(InterviewId, answerKey, kind), seq,
                kind == ChunkKind.Frame ? "image/jpeg" : "audio/L16;rate=16000", payload));
    }

    /// <summary>Stores chunks as the ingest does and rings their doorbells (as the ingest does after storing).</summary>
    public async Task StoreAndRingAsync(string answerKey, ChunkKind kind, int count, byte[] payload)
    {
        await StoreAsync(answerKey, kind, count, payload);
        for (var seq = 0; seq < count; seq++)
            await RingAsync(answerKey, kind, seq);
    }

    /// <summary>Stores chunk <paramref name="seq"/> and rings its doorbell.</summary>
    public async Task StoreAndRingAtAsync(string answerKey, ChunkKind kind, int seq, byte[] payload)
    {
        await Fixture.Chunks.StoreAsync(new AnswerChunk(new AnswerTrack(InterviewId, answerKey, kind), seq,
            kind == ChunkKind.Frame ? "image/jpeg" : "audio/L16;rate=16000", payload));
        await RingAsync(answerKey, kind, seq);
    }

    private async Task RingAsync(string answerKey, ChunkKind kind, int seq) =>
        await ChunkDoorbell.RingAsync(Fixture.Client.GetStreamProvider(InterviewStreams.Provider), (await Session.GetAsync())!, new ChunkStored(InterviewId, answerKey, kind, seq));

    /// <summary>Begins and finishes a question with a typed answer and no media.</summary>
    public async Task<InterviewProgress> AnswerTypedAsync(string questionId, string text = "I would apologise, explain and help the customer.")
    {
        var begun = await Session.BeginQuestionAsync(questionId, retake: false);
        var attempt = begun.Questions.Single(q => q.QuestionId == questionId).Attempt;
        return await Session.FinishQuestionAsync(questionId, new AnswerFinish(attempt, 0, 0, text));
    }
}
