using System.Diagnostics;
using BankHire.Tests.Storage.Infrastructure;
using Npgsql;

namespace BankHire.Tests.Storage;

/// <summary>deploy/postgres/apply.sh, the documented way to install the schema: idempotent, and loud on failure.</summary>
public sealed class PostgresApplyScriptTests
{
    [PostgresFact]
    public async Task Applying_twice_succeeds_and_installs_every_query_key()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(installSchema: false);
        var connection = LibpqConnectionString(database.Options.ConnectionString!, database.Schema);

        var first = await RunApplyAsync(connection);
        var second = await RunApplyAsync(connection);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        var keys = await QueryKeysAsync(database.Options.ConnectionString!);
        string[] required = [.. OrleansQueryKeys.Clustering, .. OrleansQueryKeys.Persistence, .. OrleansQueryKeys.Reminders];
        Assert.Empty(required.Except(keys));
        Assert.True(await TableExistsAsync(database.Options.ConnectionString!, "answerchunks"));
    }

    [PostgresFact]
    public async Task A_failure_stops_with_a_non_zero_exit_code()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresTestEnvironment.RequireConnectionString()) { Password = "wrong-password" };

        var result = await RunApplyAsync(LibpqConnectionString(builder.ConnectionString, "public"));

        Assert.NotEqual(0, result.ExitCode);
    }

    private static string LibpqConnectionString(string npgsql, string schema)
    {
        var b = new NpgsqlConnectionStringBuilder(npgsql);
        return $"host={b.Host} port={b.Port} user={b.Username} password={b.Password} dbname={b.Database} options=-csearch_path={schema}";
    }

    private static async Task<(int ExitCode, string Output)> RunApplyAsync(string connectionString)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryFiles.Find("deploy/postgres/apply.sh"));
        start.ArgumentList.Add(connectionString);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static async Task<bool> TableExistsAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<HashSet<string>> QueryKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
