using BankHire.Answers;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;
using BankHire.Privacy;
using BankHire.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BankHire.Hosting.Answers;

public static class ChunkServices
{
    /// <summary>The chunk store on <paramref name="storage"/>, the grains' reader of it, the audit trail's rows, and the scoring analysers.</summary>
    public static IServiceCollection AddBankHireChunksAndScoring(this IServiceCollection services, StorageOptions storage)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(storage);
        services.TryAddSingleton(_ => DataKeyStore.For(storage));
        services.TryAddSingleton<IDataKeyShredder, DataKeyShredder>();
        services.TryAddSingleton<ChunkStore>();
        services.TryAddSingleton<RecordingUploadStore>();
        services.TryAddSingleton<IChunkReader, ChunkStoreReader>();
        services.TryAddSingleton<IChunkPurge, ChunkStorePurge>();
        services.TryAddSingleton<MediaStoreHealthCheck>();
        services.TryAddSingleton<BankHire.Audit.IAuditLogStore, BankHire.Hosting.Audit.AuditLogStore>();
        services.AddBankHireScoring();
        return services;
    }
}
