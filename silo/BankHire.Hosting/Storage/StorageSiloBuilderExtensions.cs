using BankHire.Hosting.Encryption;
using BankHire.Hosting.Encryption.GrainState;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Storage;

namespace BankHire.Hosting.Storage;

/// <summary>Wires Orleans ADO.NET providers to the BankHire database described by <see cref="StorageOptions"/>.</summary>
public static class StorageSiloBuilderExtensions
{
    /// <summary>ADO.NET grain storage as the default provider (personal data sealed, see <see cref="PersonalStates"/>) and as
    /// "PubSubStore" (stream subscriptions).</summary>
    public static ISiloBuilder AddBankHireGrainStorage(this ISiloBuilder builder, StorageOptions options)
    {
        var target = AdoNetTarget.For(options);
        builder.AddSchemaOnStart(options);
        builder.AddAdoNetGrainStorageAsDefault(o => Configure(o, target));
        // Registered after the provider's own: the keyed default storage (and its lifecycle participant) is this one.
        builder.Services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (services, name) =>
        {
            var inner = AdoNetGrainStorageFactory.Create(services, (string)name!);
            inner.Serializer = new SealingStateSerializer(inner.Serializer);
            return new SealingGrainStorage(inner, services.GetService<DataKeyStore>() ?? DataKeyStore.For(options));
        });
        builder.AddAdoNetGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME, o => Configure(o, target));
        return builder;
    }

    /// <summary>ADO.NET reminder table (also registers the reminder service).</summary>
    public static ISiloBuilder AddBankHireReminders(this ISiloBuilder builder, StorageOptions options)
    {
        var target = AdoNetTarget.For(options);
        builder.AddSchemaOnStart(options);
        return builder.UseAdoNetReminderService(o =>
        {
            o.Invariant = target.Invariant;
            o.ConnectionString = target.ConnectionString;
            o.DataSource = target.DataSource;
        });
    }

    /// <summary>ADO.NET membership on PostgreSQL, for cluster mode (embedded mode uses localhost clustering).</summary>
    public static ISiloBuilder AddBankHirePostgresClustering(this ISiloBuilder builder, StorageOptions options)
    {
        var connectionString = RequirePostgres(options);
        builder.AddSchemaOnStart(options);
        return builder.UseAdoNetClustering(o =>
        {
            o.Invariant = AdoNetTarget.PostgresInvariant;
            o.ConnectionString = connectionString;
        });
    }

    /// <summary>Finds gateways through the PostgreSQL membership table (a client never installs the schema).</summary>
    public static IClientBuilder AddBankHirePostgresClustering(this IClientBuilder builder, StorageOptions options)
    {
        var connectionString = RequirePostgres(options);
        return builder.UseAdoNetClustering(o =>
        {
            o.Invariant = AdoNetTarget.PostgresInvariant;
            o.ConnectionString = connectionString;
        });
    }

    private static void Configure(AdoNetGrainStorageOptions o, AdoNetTarget target)
    {
        o.Invariant = target.Invariant;
        o.ConnectionString = target.ConnectionString;
        o.DataSource = target.DataSource;
    }

    private static string RequirePostgres(StorageOptions options)
    {
        if (options.Provider != StorageProvider.Postgres)
            throw new InvalidOperationException(
                $"ADO.NET clustering needs Storage:Provider=Postgres (it is {options.Provider}); embedded mode uses localhost clustering.");
        // Every node unwraps the data keys the others wrapped: a key each node made for itself in its own data folder
        // would seal state that no other node can read.
        if (string.IsNullOrWhiteSpace(options.MasterKeyFile))
            throw new InvalidOperationException(
                "Storage:MasterKeyFile is required in a cluster: the same master key file (a mounted secret) on every silo and web node.");
        return options.RequirePostgresConnectionString();
    }

    // Several Add* calls share one participant: the schema is applied once per start.
    private static void AddSchemaOnStart(this ISiloBuilder builder, StorageOptions options) =>
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, SchemaOnSiloStart>(
            services => new SchemaOnSiloStart(options, services.GetRequiredService<ILogger<SchemaOnSiloStart>>())));
}
