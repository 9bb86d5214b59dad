using System.Data.Common;
using Npgsql;

namespace BankHire.Hosting.Storage;

/// <summary>What every Orleans ADO.NET provider needs to reach our database: an invariant and exactly one of
/// a connection string or a data source.</summary>
internal sealed record AdoNetTarget(string Invariant, string? ConnectionString, DbDataSource? DataSource)
{
    // Orleans maps this invariant name to Microsoft.Data.Sqlite.SqliteFactory (AdoNetInvariants, DbConnectionFactory).
    public const string SqliteInvariant = "System.Data.SQLite";
    public const string PostgresInvariant = "Npgsql";

    public static AdoNetTarget For(StorageOptions options) => options.Provider switch
    {
        StorageProvider.Sqlite => new(SqliteInvariant, null, new DurableSqliteDataSource(options.SqliteDatabasePath)),
        StorageProvider.Postgres => new(PostgresInvariant, options.RequirePostgresConnectionString(), null),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
    };

    public static async Task<DbConnection> OpenAsync(StorageOptions options, CancellationToken cancellationToken)
    {
        var target = For(options);
        if (target.DataSource is not null)
        {
            return await target.DataSource.OpenConnectionAsync(cancellationToken);
        }

        var connection = new NpgsqlConnection(target.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
