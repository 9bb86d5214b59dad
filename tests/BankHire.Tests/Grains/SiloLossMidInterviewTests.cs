using System.Text.Json;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Tests.Support;
using Xunit.Abstractions;

namespace BankHire.Tests.Grains;

/// <summary>
/// A silo dies while candidates are in the middle of their interviews. The candidates' pages retry what failed (as the
/// real page does); afterwards every acknowledged chunk is in the store exactly once and each interview completes with
/// the same scores as an undisturbed interview given the same answers.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class SiloLossMidInterviewTests(TwoSiloClusterFixture fixture, ITestOutputHelper output)
{
    private const int Disturbed = 3;
    private const int Frames = 2;
    private const int AudioSeconds = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private static readonly string[] Scored = LiveInterviewSetup.Questions[1..];

    [Fact]
    public async Task Interviews_survive_a_silo_killed_mid_interview_with_every_chunk_once_and_the_same_scores()
    {
        await fixture.EnsureTwoLiveSilosAsync();
        var face = InterviewTestMedia.FaceJpeg;
        var audio = InterviewTestMedia.Seconds(InterviewTestMedia.EnglishSpeech(AudioSeconds).Pcm);

        var control = await StartedAsync();
        foreach (var q in Scored) await AnswerAsync(control, q, face, audio);
        var expected = await CompleteAsync(control);

        var disturbed = await Task.WhenAll(Enumerable.Range(0, Disturbed).Select(_ => StartedAsync()));
        var half = Scored.Length / 2;
        await Task.WhenAll(disturbed.Select(async live => { foreach (var q in Scored[..half]) await AnswerAsync(live, q, face, audio); }));

        var victim = fixture.Cluster.GetActiveSilos().Last();
        output.WriteLine($"killing {victim.SiloAddress} after {half} of {Scored.Length} answers");
        await fixture.Cluster.KillSiloAsync(victim);

        await Task.WhenAll(disturbed.Select(async live => { foreach (var q in Scored[half..]) await AnswerAsync(live, q, face, audio); }));
        var reports = await Task.WhenAll(disturbed.Select(CompleteAsync));

        foreach (var live in disturbed)
        foreach (var q in Scored)
        {
            Assert.Equal(Enumerable.Range(0, Frames), await fixture.Chunks.ListAsync(new AnswerTrack(live.InterviewId, q, ChunkKind.Frame)));
            Assert.Equal(Enumerable.Range(0, audio.Count), await fixture.Chunks.ListAsync(new AnswerTrack(live.InterviewId, q, ChunkKind.Audio)));
        }
        foreach (var report in reports)
        {
            Assert.Equal(expected.OverallScore, report.OverallScore);
            Assert.Equal(Scores(expected.Json), Scores(report.Json));
        }
        output.WriteLine($"overall {expected.OverallScore} for the control and all {Disturbed} disturbed interviews");
    }

    /// <summary>Competency and feature values of a report, without its ids and times.</summary>
    private static string Scores(string json)
    {
        var report = JsonDocument.Parse(json).RootElement.GetProperty("report");
        var competencies = report.GetProperty("competencies").EnumerateArray().Select(c => $"{c.GetProperty("key")}={c.GetProperty("score")}");
        var features = report.GetProperty("features").EnumerateArray().Select(f => $"{f.GetProperty("name")}={f.GetProperty("value")}");
        return string.Join("; ", competencies.Concat(features));
    }

    private async Task<LiveInterviewSetup> StartedAsync()
    {
        // The recording is kept (consented), so the store can be checked after the interview is scored.
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync(LiveInterviewSetup.AllConsents with { KeepRecording = true });
        await live.AnswerTypedAsync(LiveInterviewSetup.Questions[0], "Hello.");
        return live;
    }

    /// <summary>One answer as the page sends it: begin, chunks (stored, then the doorbell), finish — each step retried
    /// until it succeeds, because a call that meets the dead silo fails until the cluster notices.</summary>
    private static async Task AnswerAsync(LiveInterviewSetup live, string question, byte[] face, IReadOnlyList<byte[]> audio)
    {
        await RetryAsync(() => live.Session.BeginQuestionAsync(question, retake: false).AsTask());
        for (var seq = 0; seq < Frames; seq++) { var s = seq; await RetryAsync(() => live.StoreAndRingAtAsync(question, ChunkKind.Frame, s, face)); }
        for (var seq = 0; seq < audio.Count; seq++) { var s = seq; await RetryAsync(() => live.StoreAndRingAtAsync(question, ChunkKind.Audio, s, audio[s])); }
        await RetryAsync(() => live.Session.FinishQuestionAsync(question,
            new AnswerFinish(0, Frames, audio.Count, "I would apologise, listen, explain the rules and help the customer.")).AsTask());
    }

    private async Task<InterviewReport> CompleteAsync(LiveInterviewSetup live)
    {
        await RetryAsync(() => live.Session.CompleteAsync().AsTask());
        return (await Eventually.ReturnsAsync(
            async () => { try { return await fixture.Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).GetAsync(); } catch (Exception e) when (IsSiloLoss(e)) { return null; } },
            r => r is not null, Timeout, "the report"))!;
    }

    private static async Task RetryAsync(Func<Task> step)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            try { await step(); return; }
            catch (Exception e) when (IsSiloLoss(e) && DateTime.UtcNow < deadline) { await Task.Delay(200); }
        }
    }

    private static bool IsSiloLoss(Exception e) =>
        e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException
        || e.InnerException is { } inner && IsSiloLoss(inner);
}
