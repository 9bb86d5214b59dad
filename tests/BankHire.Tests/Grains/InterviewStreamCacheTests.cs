using BankHire.Answers;
using BankHire.Hosting.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace BankHire.Tests.Grains;

/// <summary>Doorbells carry chunk bytes: the interview streams' cache must let them go within twenty seconds, not keep the last half
/// hour of every candidate's frames and audio in memory (Orleans' defaults: 5 and 30 minutes; the soak grew by ≈ 650 MB a
/// minute with them).</summary>
[Collection(ClusterCollection.Name)]
public sealed class InterviewStreamCacheTests(ClusterFixture fixture)
{
    [Fact]
    public void The_interview_streams_keep_a_doorbell_at_most_twenty_seconds()
    {
        var eviction = fixture.Cluster.GetSiloServiceProvider()
            .GetRequiredService<IOptionsMonitor<StreamCacheEvictionOptions>>()
            .Get(InterviewStreams.Provider);

        Assert.Equal(TimeSpan.FromSeconds(20), eviction.DataMaxAgeInCache);
        Assert.True(eviction.DataMinTimeInCache <= TimeSpan.FromSeconds(10));
        Assert.True(eviction.DataMaxAgeInCache < StreamCacheEvictionOptions.DefaultDataMaxAgeInCache);
        Assert.Equal(InterviewStreamHosting.KeptAtMost, eviction.DataMaxAgeInCache);
    }
}
