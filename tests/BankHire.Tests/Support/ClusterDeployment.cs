using Orleans.Runtime;
using Orleans.TestingHost;

namespace BankHire.Tests.Support;

/// <summary>
/// Deploys an in-process test cluster, building a fresh one when a deploy fails the way a busy machine makes it fail:
/// the stream provider's start overruns the harness's deadline, or the client looks for a gateway before the silo has
/// one. A fresh cluster on a second attempt is what an operator would do.
/// </summary>
public static class ClusterDeployment
{
    public const int Attempts = 3;

    public static async Task<InProcessTestCluster> DeployAsync(Func<InProcessTestCluster> build)
    {
        for (var attempt = 1; ; attempt++)
        {
            var cluster = build();
            try
            {
                await cluster.DeployAsync();
                return cluster;
            }
            catch (Exception e) when (attempt < Attempts && e is OperationCanceledException or SiloUnavailableException)
            {
                await cluster.DisposeAsync();
            }
        }
    }
}
