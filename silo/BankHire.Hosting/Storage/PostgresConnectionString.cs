using System.Data.Common;

namespace BankHire.Hosting.Storage;

/// <summary>Completes the configured Npgsql connection string with BankHire's defaults; explicit settings win.</summary>
internal static class PostgresConnectionString
{
    // Npgsql pools up to 100 connections per silo by default, as many as a default PostgreSQL server accepts
    // in all: a burst of grain writes from one silo could then starve the others ("too many clients").
    // With a smaller pool, a burst waits for a free connection instead of failing.
    public const int DefaultMaxPoolSize = 20;

    private static readonly string[] MaxPoolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];

    public static string WithDefaults(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!MaxPoolSizeKeywords.Any(builder.ContainsKey))
        {
            builder["Maximum Pool Size"] = DefaultMaxPoolSize;
        }
        return builder.ConnectionString;
    }

    /// <summary>The key store's database beside <paramref name="connectionString"/>'s: same server, credentials and search path,
    /// database <c>&lt;Database&gt;_keys</c>.</summary>
    public static string? KeyStoreOf(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return null;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.Database = (builder.Database ?? builder.Username ?? "bankhire") + "_keys";
        return builder.ConnectionString;
    }
}
