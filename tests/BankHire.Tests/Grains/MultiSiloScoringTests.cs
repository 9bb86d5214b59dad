using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Tests.Support;
using Xunit.Abstractions;

namespace BankHire.Tests.Grains;

/// <summary>Several interviews at once on two silos: the answers are analysed on both, and a lost silo changes no score.</summary>
[Collection(TwoSiloCollection.Name)]
public sealed class MultiSiloScoringTests(TwoSiloClusterFixture fixture, ITestOutputHelper output)
{
    private const int Interviews = 3;
    private const int AudioSeconds = 4;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Concurrent_interviews_are_scored_on_both_silos_and_rescore_the_same_after_a_silo_is_killed()
    {
        await fixture.EnsureTwoLiveSilosAsync();
        var face = InterviewTestMedia.FaceJpeg;
        var speech = InterviewTestMedia.EnglishSpeech(AudioSeconds).Pcm;
        var interviews = await Task.WhenAll(Enumerable.Range(0, Interviews).Select(_ => RunInterviewAsync(face, speech)));

        var reports = await Task.WhenAll(interviews.Select(live => Eventually.ReturnsAsync(
            () => fixture.Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).GetAsync().AsTask(), r => r is not null, Timeout, "the report")));
        var answers = new List<AnswerScore>();
        foreach (var live in interviews)
        foreach (var q in LiveInterviewSetup.Questions[1..])
            answers.Add((await fixture.Grains.GetGrain<IAnswerScoringGrain>(AnswerKeys.StreamKey(live.InterviewId, q)).GetAsync())!);
        var vision = await Task.WhenAll(interviews.SelectMany(live => LiveInterviewSetup.Questions[1..]
            .Select(q => fixture.Grains.GetGrain<IVisionScorerGrain>(AnswerKeys.StreamKey(live.InterviewId, q)).LatestAsync(0).AsTask())));

        var answerSplit = answers.GroupBy(a => a.Silo).ToDictionary(g => g.Key, g => g.Count());
        var visionSplit = vision.GroupBy(v => v.Silo).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine("answer analyses per silo: " + string.Join(", ", answerSplit.Select(kv => $"{kv.Key}={kv.Value}")));
        output.WriteLine("vision scorers per silo: " + string.Join(", ", visionSplit.Select(kv => $"{kv.Key}={kv.Value}")));
        var ready = reports.Select(r => r!.SecondsFromCompleteToReady).Order().ToList();
        output.WriteLine($"{Interviews} concurrent interviews, complete → report ready: p50 {ready[ready.Count / 2]:0.00} s, max {ready[^1]:0.00} s");
        Assert.Equal(2, answerSplit.Count);
        Assert.Equal(2, visionSplit.Count);
        // Live readings are best effort (memory streams deliver at most once, and a silo joining moves queues); the
        // answers below must still count every frame exactly once, from the stream or from the store.
        // Two frames an answer, of which vision samples the first (FrameSampling.Default).
        output.WriteLine($"frames seen live: {vision.Sum(v => v.Count)} of {vision.Length}");
        Assert.All(vision, v => Assert.InRange(v.Count, 0, 1));
        Assert.All(answers, a => Assert.Equal(1, a.FramesFromStream + a.FramesFromStore));
        Assert.All(answers, a => Assert.Equal(AudioSeconds, AnswerAnalysisJson.Deserialize(a.AnalysisJson).DurationSeconds, 0.01));

        // Kill the second silo: its activations are gone, the chunk store is not. Scoring again from the store on the
        // survivor gives the same report, byte for byte.
        await fixture.Cluster.KillSiloAsync(fixture.Cluster.Silos[1]);
        foreach (var (live, report) in interviews.Zip(reports))
        {
            var again = await fixture.Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).RescoreFromStoreAsync();
            Assert.Equal(report!.Json, again.Json);
        }
    }

    private async Task<LiveInterviewSetup> RunInterviewAsync(byte[] face, byte[] speech)
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync(new ConsentChoice(true, true, true, KeepRecording: true, "v1", "en", null));
        var seconds = InterviewTestMedia.Seconds(speech);
        await live.AnswerTypedAsync(LiveInterviewSetup.Questions[0], "Hello.");
        foreach (var q in LiveInterviewSetup.Questions[1..])
        {
            await live.Session.BeginQuestionAsync(q, retake: false);
            await live.StoreAndRingAsync(q, ChunkKind.Frame, 2, face);
            for (var seq = 0; seq < seconds.Count; seq++) await live.StoreAndRingAtAsync(q, ChunkKind.Audio, seq, seconds[seq]);
            // Typed, so no speech-to-text: this measures the streams, the scorers and the spread, not pocketsphinx.
            await live.Session.FinishQuestionAsync(q, new AnswerFinish(0, 2, AudioSeconds, "I would apologise, listen, explain the rules and help the customer."));
        }
        await live.Session.CompleteAsync();
        return live;
    }
}
