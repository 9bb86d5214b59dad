using BankHire.Analysis.Scoring.Model;
using BankHire.Answers;
using BankHire.Candidates;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Privacy;
using BankHire.Tests.Support;

namespace BankHire.Tests.Grains;

/// <summary>Retention and deletion requests purge on time: media, typed answers and personal data, on the real store.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CandidatePrivacyTests(ClusterFixture fixture)
{
    private static readonly byte[] Pcm = new byte[3_200];

    [Fact]
    public async Task Retention_purges_the_media_and_personal_data_once_the_jobs_days_have_passed_since_the_last_step_and_not_before()
    {
        var live = await WithMediaAsync();
        var privacy = fixture.Grains.GetGrain<ICandidatePrivacyGrain>(live.CandidateId);
        var scheduled = await Eventually.ReturnsAsync(() => privacy.GetAsync().AsTask(), p => p.RetentionDueAt is not null, TimeSpan.FromSeconds(30), "retention to be scheduled");
        Assert.Equal(ScoringPolicy.DefaultRetentionDays, scheduled.RetentionDays);
        var lastStep = (await Candidate(live).GetAsync())!.History.Max(h => h.At);
        Assert.Equal(lastStep.AddDays(ScoringPolicy.DefaultRetentionDays), scheduled.RetentionDueAt);

        await WithClockAtAsync(scheduled.RetentionDueAt!.Value.AddMinutes(-1), async () =>
        {
            Assert.Null((await privacy.ProcessDueAsync()).Erasure);
            Assert.Equal(3, (await Stored(live)).Count);
        });
        await WithClockAtAsync(scheduled.RetentionDueAt!.Value.AddMinutes(1), async () =>
        {
            var erased = await privacy.ProcessDueAsync();
            Assert.False(erased.Erasure!.PersonalDataKept);
            Assert.Contains("retention", erased.Erasure.Reason);
        });

        Assert.Empty(await Stored(live));
        var candidate = (await Candidate(live).GetAsync())!;
        Assert.Equal(CandidateGrainErasedName, candidate.Application.Contact.FullName);
        Assert.Null(await Candidate(live).GetScreeningAsync());
        var progress = (await live.Session.GetProgressAsync())!;
        Assert.All(progress.Questions, q => Assert.Null(q.TypedAnswer));
        Assert.All(progress.ConsentHistory, c => Assert.Null(c.ClientAddress));
        Assert.NotNull(progress.MediaPurge);
        // The pipeline facts stay, naming no one: the funnel still counts the candidate.
        Assert.Equal(CandidateStage.Interviewing, candidate.Stage);
    }

    [Fact]
    public async Task A_hire_keeps_their_personal_data_at_retention_and_only_the_recording_goes()
    {
        var live = await WithMediaAsync();
        var candidate = Candidate(live);
        foreach (var stage in new[] { CandidateStage.Completed, CandidateStage.Offer, CandidateStage.Hired }) await candidate.MoveToAsync(stage, "test", null);
        var privacy = fixture.Grains.GetGrain<ICandidatePrivacyGrain>(live.CandidateId);
        var due = (await Eventually.ReturnsAsync(() => privacy.GetAsync().AsTask(),
            p => p.RetentionDueAt > fixture.Clock.GetUtcNow().AddDays(ScoringPolicy.DefaultRetentionDays - 1), TimeSpan.FromSeconds(30), "retention from the last step")).RetentionDueAt!.Value;

        var done = await WithClockAtAsync(due.AddMinutes(1), () => privacy.ProcessDueAsync().AsTask());

        Assert.True(done.Erasure!.PersonalDataKept);
        Assert.Empty(await Stored(live));
        Assert.Equal("王小明", (await candidate.GetAsync())!.Application.Contact.FullName);
    }

    [Fact]
    public async Task A_deletion_request_is_processed_within_minutes_with_its_deadline_recorded_and_is_not_repeated()
    {
        var live = await WithMediaAsync();
        var privacy = fixture.Grains.GetGrain<ICandidatePrivacyGrain>(live.CandidateId);
        // A copy of the candidate's media where no purge reaches it (a backup, a replica): sealed under a key they own.
        var copy = new AnswerTrack(Guid.NewGuid(), "copy", ChunkKind.Frame);
        await fixture.Chunks.StoreAsync(new AnswerChunk(copy, 0, "image/jpeg", InterviewTestMedia.FaceJpeg, live.CandidateId));
        var requested = await privacy.RequestDeletionAsync("candidate");
        Assert.Equal(requested.Deletion!.RequestedAt + RetentionSchedule.DeletionDeadline, requested.Deletion.DeadlineAt);
        Assert.Null((await privacy.ProcessDueAsync()).Deletion!.ProcessedAt); // not yet: the reminder's minute has not passed
        Assert.Equal(requested.Deletion, (await privacy.RequestDeletionAsync("candidate")).Deletion);

        var processed = await WithClockAtAsync(requested.Deletion.RequestedAt + RetentionSchedule.DeletionProcessingDelay, () => privacy.ProcessDueAsync().AsTask());

        Assert.NotNull(processed.Deletion!.ProcessedAt);
        Assert.True(processed.Deletion.ProcessedAt <= processed.Deletion.DeadlineAt);
        Assert.Empty(await Stored(live));
        Assert.Equal([0], await fixture.Chunks.ListAsync(copy)); // the copy is still there ...
        Assert.Null(await fixture.Chunks.ReadAsync(copy, 0));     // ... and unreadable: its key was shredded
        Assert.Equal(CandidateGrainErasedName, (await Candidate(live).GetAsync())!.Application.Contact.FullName);
        Assert.Contains(live.CandidateId.ToString(), await fixture.Grains.GetGrain<BankHire.Indexes.IIndexGrain>(BankHire.Indexes.IndexKeys.DeletionRequests).ListAsync());
    }

    private const string CandidateGrainErasedName = "(已删除 erased)";

    /// <summary>A started interview with a typed answer, two frames and an audio chunk stored, and a resume screening.</summary>
    private async Task<LiveInterviewSetup> WithMediaAsync()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        await Candidate(live).AttachInterviewAsync(live.InterviewId); // as inviting does
        await live.AnswerTypedAsync(LiveInterviewSetup.Questions[0]);
        await live.Session.BeginQuestionAsync(LiveInterviewSetup.Questions[1], retake: false);
        await live.StoreAsync(LiveInterviewSetup.Questions[1], ChunkKind.Frame, 2, InterviewTestMedia.FaceJpeg);
        await live.StoreAsync(LiveInterviewSetup.Questions[1], ChunkKind.Audio, 1, Pcm);
        await Candidate(live).RecordScreeningAsync(new ResumeScreening(live.JobId, 1, 70, false, false, [], ["resume.pdf"], [], fixture.Clock.GetUtcNow()), "test");
        return live;
    }

    private async Task<List<int>> Stored(LiveInterviewSetup live) =>
        [.. await fixture.Chunks.ListAsync(new AnswerTrack(live.InterviewId, LiveInterviewSetup.Questions[1], ChunkKind.Frame)),
         .. await fixture.Chunks.ListAsync(new AnswerTrack(live.InterviewId, LiveInterviewSetup.Questions[1], ChunkKind.Audio))];

    private ICandidateGrain Candidate(LiveInterviewSetup live) => fixture.Grains.GetGrain<ICandidateGrain>(live.CandidateId);

    /// <summary>Moves the shared clock to <paramref name="at"/> for <paramref name="work"/> and back after it, so other tests keep their time.</summary>
    private async Task<T> WithClockAtAsync<T>(DateTimeOffset at, Func<Task<T>> work)
    {
        var by = at - fixture.Clock.GetUtcNow();
        fixture.Clock.Advance(by);
        try
        {
            return await work();
        }
        finally
        {
            fixture.Clock.Advance(-by);
        }
    }

    private Task WithClockAtAsync(DateTimeOffset at, Func<Task> work) => WithClockAtAsync(at, async () => { await work(); return true; });
}
