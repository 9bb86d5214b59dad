using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace BankHire.Hosting.Storage;

/// <summary>Applies the schema early in silo start-up (before membership, reminders and grain storage
/// read their queries), when <see cref="StorageOptions.ApplySchemaOnStart"/> is set.</summary>
internal sealed class SchemaOnSiloStart(StorageOptions options, ILogger<SchemaOnSiloStart> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaOnSiloStart), ServiceLifecycleStage.RuntimeInitialize, ApplyAsync);

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        if (!options.ApplySchemaOnStart)
        {
            return;
        }

        await SchemaInstaller.ApplyAsync(options, cancellationToken);
        logger.LogInformation("Storage schema is up to date ({Provider})", options.Provider);
    }
}
