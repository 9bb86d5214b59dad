using BankHire.Analysis.Vision;
using BankHire.Answers;

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
        var rung = new List<(ChunkKind, int)>();
        for (var seq = 0; seq < 6; seq++)
            foreach (var kind in new[] { ChunkKind.Frame, ChunkKind.Audio })
                if (ChunkDoorbell.For(interview, new ChunkStored(live.InterviewId, "teller-q1", kind, seq)) is { } doorbell)
                    rung.Add((doorbell.Kind, doorbell.Seq));

        var expected = Enumerable.Range(0, 6).Where(FrameSampling.Default.Analyses).Select(s => (ChunkKind.Frame, s))
            .Concat(Enumerable.Range(0, 6).Select(s => (ChunkKind.Audio, s)));
        Assert.Equal(expected.Order(), rung.Order());
        Assert.Equal([0, 2, 4], rung.Where(k => k.Item1 == ChunkKind.Frame).Select(k => k.Item2).Order());
    }

    [Fact]
    public async Task No_doorbell_rings_for_what_the_consent_does_not_let_anyone_analyse()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync(LiveInterviewSetup.AllConsents with { Face = false });
        var interview = (await live.Session.GetAsync())!;

        Assert.Null(ChunkDoorbell.For(interview, new ChunkStored(live.InterviewId, "teller-q1", ChunkKind.Frame, 0)));
        var audio = ChunkDoorbell.For(interview, new ChunkStored(live.InterviewId, "teller-q1", ChunkKind.Audio, 0));
        Assert.NotNull(audio?.Speech); // content consent: the doorbell carries what live transcription needs
    }
}
