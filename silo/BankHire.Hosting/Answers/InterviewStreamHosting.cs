using Orleans.Configuration;

namespace BankHire.Hosting.Answers;

/// <summary>
/// The interview streams (doorbells, integrity, reports) on Orleans memory streams, with a short cache. A doorbell carries
/// its chunk's bytes (so scorers need not read them back), and the memory stream's cache keeps every message at least
/// <see cref="StreamCacheEvictionOptions.DataMinTimeInCache"/> and until it is <see cref="StreamCacheEvictionOptions.DataMaxAgeInCache"/>
/// older than the newest: 5 and 30 minutes by default, that is every frame and second of audio of the last half hour in
/// memory (the one-hour soak grew the heap by ≈ 650 MB a minute at 90 live candidates). Scorers take a doorbell within
/// seconds, and one they miss is read from the store, the truth: a minute is plenty.
/// </summary>
public static class InterviewStreamHosting
{
    public static readonly TimeSpan KeptAtLeast = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan KeptAtMost = TimeSpan.FromMinutes(1);

    public static ISiloBuilder AddInterviewStreams(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(BankHire.Answers.InterviewStreams.Provider, streams => streams.ConfigureCacheEviction(eviction => eviction.Configure(options =>
        {
            options.DataMinTimeInCache = KeptAtLeast;
            options.DataMaxAgeInCache = KeptAtMost;
            options.MetadataMinTimeInCache = KeptAtMost;
        })));
}
