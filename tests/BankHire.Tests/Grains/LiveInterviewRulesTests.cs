using BankHire.Answers;
using BankHire.Candidates;
using BankHire.Hosting.Answers;
using BankHire.Interviews;

namespace BankHire.Tests.Grains;

/// <summary>The session's rules for the live interview: consent, order, attempts and retakes, finish checked against the store, completion.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveInterviewRulesTests(ClusterFixture fixture)
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];

    [Fact]
    public async Task Starting_needs_consent_and_moves_the_candidate_to_interviewing()
    {
        var live = await LiveInterviewSetup.InvitedAsync(fixture);

        var refused = await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.StartAsync().AsTask());
        Assert.Contains("consent", refused.Message);

        await live.StartedAsync();
        Assert.Equal(CandidateStage.Interviewing, (await fixture.Grains.GetGrain<ICandidateGrain>(live.CandidateId).GetAsync())!.Stage);
        Assert.Equal(InterviewStatus.InProgress, (await live.Session.StartAsync()).Status); // a refresh is harmless
    }

    [Fact]
    public async Task Consent_is_stored_with_time_version_and_address_replaced_with_history_and_withdrawable()
    {
        var live = await LiveInterviewSetup.InvitedAsync(fixture);
        await live.Session.GiveConsentAsync(new ConsentChoice(true, true, true, true, "v1", "zh", "10.0.0.1"));
        var replaced = await live.Session.GiveConsentAsync(new ConsentChoice(false, true, true, false, "v2", "zh", "10.0.0.2"));

        Assert.Equal(2, replaced.ConsentHistory.Length);
        Assert.Equal((false, "v2", "10.0.0.2", fixture.Clock.GetUtcNow()), (replaced.Consent!.Face, replaced.Consent.TextVersion, replaced.Consent.ClientAddress, replaced.Consent.GivenAt));

        var withdrawn = await live.Session.WithdrawConsentAsync("10.0.0.3");
        Assert.NotNull(withdrawn.Consent!.WithdrawnAt);
        Assert.Equal(3, withdrawn.ConsentHistory.Length);
        await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.StartAsync().AsTask());
        await Assert.ThrowsAsync<InterviewInputException>(() => live.Session.GiveConsentAsync(new ConsentChoice(true, true, true, true, " ", "zh", null)).AsTask());
    }

    [Fact]
    public async Task Questions_are_answered_in_order_and_a_later_one_cannot_begin_first()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();

        var early = await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.BeginQuestionAsync("teller-q2", false).AsTask());
        Assert.Contains("teller-q0", early.Message);
        await Assert.ThrowsAsync<InterviewInputException>(() => live.Session.BeginQuestionAsync("no-such", false).AsTask());

        var begun = await live.Session.BeginQuestionAsync("teller-q0", false);
        Assert.Equal((QuestionState.Answering, 1, 0), Row(begun, "teller-q0"));
        Assert.Equal((QuestionState.Answering, 1, 0), Row(await live.Session.BeginQuestionAsync("teller-q0", false), "teller-q0")); // resume
        Assert.Equal("teller-q0", begun.Current!.QuestionId);
    }

    [Fact]
    public async Task Finish_is_refused_with_the_missing_seqs_until_every_chunk_is_stored_and_repeating_it_is_harmless()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        await live.Session.BeginQuestionAsync("teller-q0", false);
        await live.StoreAsync("teller-q0", ChunkKind.Frame, 3, Jpeg);

        var missing = await Assert.ThrowsAsync<MissingChunksException>(() =>
            live.Session.FinishQuestionAsync("teller-q0", new AnswerFinish(0, 5, 2, null)).AsTask());
        Assert.Equal([3, 4], missing.MissingFrameSeqs.ToArray());
        Assert.Equal([0, 1], missing.MissingAudioSeqs.ToArray());

        await live.StoreAsync("teller-q0", ChunkKind.Frame, 5, Jpeg);
        await live.StoreAsync("teller-q0", ChunkKind.Audio, 2, new byte[3200]);
        var done = await live.Session.FinishQuestionAsync("teller-q0", new AnswerFinish(0, 5, 2, null));
        Assert.Equal(QuestionState.Answered, Row(done, "teller-q0").State);
        Assert.Equal("teller-q1", done.Current!.QuestionId);
        Assert.Equal(done.Questions.ToArray(), (await live.Session.FinishQuestionAsync("teller-q0", new AnswerFinish(0, 5, 2, null))).Questions.ToArray());
        await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.FinishQuestionAsync("teller-q0", new AnswerFinish(0, 4, 2, null)).AsTask());
    }

    [Fact]
    public async Task A_retake_starts_the_next_attempt_until_the_retakes_are_used_and_not_after_a_later_question_began()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        await live.AnswerTypedAsync("teller-q0");

        await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.BeginQuestionAsync("teller-q0", false).AsTask());
        // The practice question allows two retakes: attempts 1 and 2, then no more.
        Assert.Equal((QuestionState.Answering, 2, 1), Row(await live.Session.BeginQuestionAsync("teller-q0", true), "teller-q0"));
        Assert.Equal("teller-q0~1", (await live.Session.GetProgressAsync())!.Questions[0].AnswerKey);
        await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.FinishQuestionAsync("teller-q0", new AnswerFinish(0, 0, 0, "x")).AsTask());
        await live.Session.FinishQuestionAsync("teller-q0", new AnswerFinish(1, 0, 0, "again"));
        await live.Session.BeginQuestionAsync("teller-q0", true);
        await live.Session.FinishQuestionAsync("teller-q0", new AnswerFinish(2, 0, 0, "third"));
        var used = await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.BeginQuestionAsync("teller-q0", true).AsTask());
        Assert.Contains("retake", used.Message);

        await live.Session.BeginQuestionAsync("teller-q1", false);
        await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.BeginQuestionAsync("teller-q0", true).AsTask());
    }

    [Fact]
    public async Task Completing_needs_every_scored_question_answered_but_not_the_practice_one_and_moves_the_candidate()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        await live.AnswerTypedAsync("teller-q0");
        foreach (var q in LiveInterviewSetup.Questions[1..^1]) await live.AnswerTypedAsync(q);

        var open = await Assert.ThrowsAsync<InterviewStateException>(() => live.Session.CompleteAsync().AsTask());
        Assert.Contains("teller-q6", open.Message);

        await live.AnswerTypedAsync("teller-q6");
        Assert.Equal(InterviewStatus.Completed, (await live.Session.CompleteAsync()).Status);
        Assert.Equal(CandidateStage.Completed, (await fixture.Grains.GetGrain<ICandidateGrain>(live.CandidateId).GetAsync())!.Stage);
    }

    [Fact]
    public async Task Integrity_signals_are_recorded_and_never_block()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        await live.Session.RecordIntegrityAsync("page_hidden", "teller-q0", fixture.Clock.GetUtcNow());
        await live.Session.RecordIntegrityAsync("paste", null, fixture.Clock.GetUtcNow());

        var progress = (await live.Session.GetProgressAsync())!;
        Assert.Equal(["page_hidden", "paste"], progress.Integrity.Select(s => s.Kind));
        await live.Session.BeginQuestionAsync("teller-q0", false);
    }

    private static (QuestionState State, int Attempts, int Attempt) Row(InterviewProgress progress, string questionId)
    {
        var q = progress.Questions.Single(q => q.QuestionId == questionId);
        return (q.State, q.Attempts, q.Attempt);
    }
}
