using System.Collections.Concurrent;
using BankHire.Analysis.Vision;
using BankHire.Answers;
using BankHire.Interviews;
using Orleans.Streams;

namespace BankHire.Tests.Grains;

/// <summary>
/// Vision reads a sample of an answer's frames; the ingest rings a doorbell only for those, so a frame vision skips
/// costs no stream event and no scorer turn. Audio rings for every chunk.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ChunkDoorbellSamplingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Frames_ring_only_where_vision_reads_them_and_audio_rings_for_every_chunk()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        var interview = (await live.Session.GetAsync())!;
        var answerKey = "teller-q1";
        var streams = fixture.Client.GetStreamProvider(InterviewStreams.Provider);
        var heard = new ConcurrentDictionary<(ChunkKind, int), bool>();
        var handles = new List<StreamSubscriptionHandle<ChunkStored>>();
        foreach (var kind in new[] { ChunkKind.Frame, ChunkKind.Audio })
        {
            var stream = streams.GetStream<ChunkStored>(StreamId.Create(InterviewStreams.Namespace(kind), AnswerKeys.StreamKey(live.InterviewId, answerKey)));
            handles.Add(await stream.SubscribeAsync((chunk, _) => { heard[(chunk.Kind, chunk.Seq)] = true; return Task.CompletedTask; }));
        }

        try
        {
            for (var seq = 0; seq < 6; seq++)
            {
                await ChunkDoorbell.RingAsync(streams, interview, new ChunkStored(live.InterviewId, answerKey, ChunkKind.Frame, seq));
                await ChunkDoorbell.RingAsync(streams, interview, new ChunkStored(live.InterviewId, answerKey, ChunkKind.Audio, seq));
            }

            var expected = Enumerable.Range(0, 6).Where(FrameSampling.Default.Analyses).Select(s => (ChunkKind.Frame, s))
                .Concat(Enumerable.Range(0, 6).Select(s => (ChunkKind.Audio, s)))
                .ToHashSet();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!expected.IsSubsetOf(heard.Keys) && DateTime.UtcNow < deadline) await Task.Delay(50);
            await Task.Delay(500); // a doorbell for a skipped frame would arrive in the same order as the others

            Assert.Equal(expected.OrderBy(e => e).ToList(), heard.Keys.OrderBy(e => e).ToList());
            Assert.Equal([0, 2, 4], heard.Keys.Where(k => k.Item1 == ChunkKind.Frame).Select(k => k.Item2).Order());
        }
        finally
        {
            foreach (var handle in handles) await handle.UnsubscribeAsync();
        }
    }
}
