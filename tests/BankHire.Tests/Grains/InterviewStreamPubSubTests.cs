using BankHire.Answers;
using Orleans.Runtime;

namespace BankHire.Tests.Grains;

/// <summary>Every consumer of the interview streams subscribes implicitly. With Orleans' explicit pub-sub on, each new answer
/// stream would activate a rendezvous grain that writes to the "PubSubStore" table and stays a quarter of an hour: more than
/// half of a soak's activations.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InterviewStreamPubSubTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Doorbells_reach_their_scorers_without_any_pub_sub_rendezvous_grain()
    {
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        await live.StoreAndRingAsync("teller-q1", ChunkKind.Audio, 2, new byte[32_000]);
        await live.StoreAndRingAsync("teller-q1", ChunkKind.Frame, 2, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        var streamKey = AnswerKeys.StreamKey(live.InterviewId, "teller-q1");
        var woken = new HashSet<string>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (woken.Count < 2 && DateTime.UtcNow < deadline)
        {
            foreach (var activation in await management.GetDetailedGrainStatistics())
                if (activation.GrainId.Key.ToString() == streamKey && activation.GrainId.Type.ToString() is "audio-scorer" or "vision-scorer")
                    woken.Add(activation.GrainId.Type.ToString()!);
            await Task.Delay(100);
        }

        Assert.Equal(["audio-scorer", "vision-scorer"], woken.Order());
        var statistics = await management.GetSimpleGrainStatistics();
        Assert.DoesNotContain(statistics, s => s.GrainType.Contains("PubSubRendezvous", StringComparison.OrdinalIgnoreCase) && s.ActivationCount > 0);
    }
}
