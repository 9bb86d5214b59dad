using BankHire.Hosting.Answers;

namespace BankHire.Tests.Grains;

/// <summary>What the live interview tests need from a test cluster: its grains, the chunk store its silos read, its clock.</summary>
public interface ILiveCluster
{
    IGrainFactory Grains { get; }

    /// <summary>The same client, for the streams the ingest publishes on.</summary>
    IClusterClient Client { get; }

    ChunkStore Chunks { get; }

    TimeProvider Clock { get; }
}
