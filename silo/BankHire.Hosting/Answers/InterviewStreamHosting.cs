using Orleans.Configuration;
using Orleans.Streams;

namespace BankHire.Hosting.Answers;

/// <summary>
/// The interview streams (doorbells, integrity, reports) on Orleans memory streams, with a short cache. A doorbell carries
/// its chunk's bytes (so scorers need not read them back), and the memory stream's cache keeps every message at least
/// <see cref="StreamCacheEvictionOptions.DataMinTimeInCache"/> and until it is <see cref="StreamCacheEvictionOptions.DataMaxAgeInCache"/>
/// older than the newest: 5 and 30 minutes by default, that is every frame and second of audio of the last half hour in
/// memory (the one-hour soak grew the heap by ≈ 650 MB a minute at 90 live candidates). Scorers take a doorbell within
/// seconds, and one they miss is read from the store, the truth. Twenty seconds: a minute held ≈ 0.8 GB of large-object
/// cache blocks at 240 live candidates, and with the analysers' threads no longer starved (one VAD thread per core) 300 live
/// candidates kept every bound with 20 s twice.
/// Every consumer subscribes implicitly (by stream namespace), so the streams skip Orleans' explicit pub-sub: otherwise each
/// new answer stream activates a rendezvous grain that writes its producer to the "PubSubStore" table and lives a quarter
/// of an hour (14,134 of a soak's 26,179 activations at minute 10).
/// </summary>
public static class InterviewStreamHosting
{
    public static readonly TimeSpan KeptAtLeast = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan KeptAtMost = TimeSpan.FromSeconds(20);

    public static ISiloBuilder AddInterviewStreams(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(BankHire.Answers.InterviewStreams.Provider, streams =>
        {
            streams.ConfigureCacheEviction(eviction => eviction.Configure(options =>
            {
                options.DataMinTimeInCache = KeptAtLeast;
                options.DataMaxAgeInCache = KeptAtMost;
                options.MetadataMinTimeInCache = KeptAtMost;
            }));
            streams.ConfigureStreamPubSub(StreamPubSub);
        });

    /// <summary>The same provider on a client (a web node, a test): it publishes doorbells and subscribes to nothing.</summary>
    public static IClientBuilder AddInterviewStreams(this IClientBuilder client) =>
        client.AddMemoryStreams(BankHire.Answers.InterviewStreams.Provider, streams => streams.ConfigureStreamPubSub(StreamPubSub));

    public const StreamPubSubType StreamPubSub = StreamPubSubType.ImplicitOnly;
}
