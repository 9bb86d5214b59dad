using System.Data.Common;
using System.Text;
using BankHire.Audit;
using BankHire.Hosting.Storage;

namespace BankHire.Hosting.Audit;

/// <summary>The audit trail's rows in the app's database (table AuditTrail, SQLite or PostgreSQL).</summary>
public sealed class AuditLogStore(StorageOptions options) : IAuditLogStore
{
    private const string Columns = "Seq, AtMs, Actor, ActorKind, Roles, Action, Method, Route, Path, Subject, DataClasses, Purpose, Status, ClientIp, UserAgent, ApiKeyId, PreviousHash, Hash";

    public async Task<(long Seq, string Hash)?> TailAsync(CancellationToken cancellation = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options, cancellation);
        await using var command = Command(connection, "SELECT Seq, Hash FROM AuditTrail ORDER BY Seq DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? (reader.GetInt64(0), reader.GetString(1).Trim()) : null;
    }

    public async Task<bool> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellation = default)
    {
        if (entries.Count == 0) return true;
        await using var connection = await AdoNetTarget.OpenAsync(options, cancellation);
        // One transaction for a burst: all of it continues the chain, or none is stored.
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        try
        {
            foreach (var entry in entries)
            {
                await using var insert = Insert(connection, entry);
                insert.Transaction = transaction;
                if (await insert.ExecuteNonQueryAsync(cancellation) != 1)
                {
                    await transaction.RollbackAsync(cancellation);
                    return false;
                }
            }
            await transaction.CommitAsync(cancellation);
            return true;
        }
        catch (DbException x) when (x is Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            return false; // another writer took one of these seqs first (the transaction ends with the connection)
        }
    }

    /// <summary>Inserted only onto the tail it was linked to: the first entry onto an empty trail, any other onto its predecessor.</summary>
    private static DbCommand Insert(DbConnection connection, AuditEntry entry)
    {
        var e = entry.Event;
        var insert = Command(connection, $"""
            INSERT INTO AuditTrail ({Columns})
            SELECT @Seq, @AtMs, @Actor, @ActorKind, @Roles, @Action, @Method, @Route, @Path, @Subject, @DataClasses, @Purpose, @Status,
                   @ClientIp, @UserAgent, @ApiKeyId, @PreviousHash, @Hash
            WHERE NOT EXISTS (SELECT 1 FROM AuditTrail WHERE Seq >= @Seq)
              AND (@Seq = 1 OR EXISTS (SELECT 1 FROM AuditTrail WHERE Seq = @Seq - 1 AND Hash = @PreviousHash))
            """);
        Add(insert, "Seq", entry.Seq);
        Add(insert, "AtMs", e.At.ToUnixTimeMilliseconds());
        Add(insert, "Actor", Cut(e.Actor, 256));
        Add(insert, "ActorKind", e.ActorKind);
        Add(insert, "Roles", Cut(e.Roles, 256));
        Add(insert, "Action", e.Action);
        Add(insert, "Method", e.Method);
        Add(insert, "Route", Cut(e.Route, 512));
        Add(insert, "Path", Cut(e.Path, 2048));
        Add(insert, "Subject", e.Subject);
        Add(insert, "DataClasses", e.DataClasses);
        Add(insert, "Purpose", Cut(e.Purpose, 256));
        Add(insert, "Status", e.Status);
        Add(insert, "ClientIp", e.ClientIp);
        Add(insert, "UserAgent", e.UserAgent);
        Add(insert, "ApiKeyId", e.ApiKeyId);
        Add(insert, "PreviousHash", entry.PreviousHash);
        Add(insert, "Hash", entry.Hash);
        return insert;
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellation = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options, cancellation);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        void Filter(string clause, string name, object? value)
        {
            if (value is null) return;
            where.Append(" AND ").Append(clause);
            Add(command, name, value);
        }
        Filter("AtMs >= @From", "From", query.From?.ToUnixTimeMilliseconds());
        Filter("AtMs <= @To", "To", query.To?.ToUnixTimeMilliseconds());
        Filter("Actor = @Actor", "Actor", query.Actor);
        Filter("Subject = @Subject", "Subject", query.Subject);
        Filter("Action = @Action", "Action", query.Action);
        Filter("(',' || DataClasses || ',') LIKE ('%,' || @DataClass || ',%')", "DataClass", query.DataClass);
        Filter("Seq < @BeforeSeq", "BeforeSeq", query.BeforeSeq);
        command.CommandText = $"SELECT {Columns} FROM AuditTrail {where} ORDER BY Seq DESC LIMIT @Limit";
        Add(command, "Limit", query.PageSize);
        return await ReadAsync(command, cancellation);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAscendingAsync(long afterSeq, int count, CancellationToken cancellation = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options, cancellation);
        await using var command = Command(connection, $"SELECT {Columns} FROM AuditTrail WHERE Seq > @After ORDER BY Seq LIMIT @Limit");
        Add(command, "After", afterSeq);
        Add(command, "Limit", count);
        return await ReadAsync(command, cancellation);
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadAsync(DbCommand command, CancellationToken cancellation)
    {
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var e = new AuditEvent(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), Text(9),
                reader.GetString(10), reader.GetString(11), reader.GetInt32(12), Text(13), Text(14), Text(15));
            entries.Add(new AuditEntry(reader.GetInt64(0), e, reader.GetString(16).Trim(), reader.GetString(17).Trim()));
        }
        return entries;
    }

    // The chain hashes what is stored, so a value is cut before it is hashed (see AuditGate), never by the database.
    private static string Cut(string value, int max) => value.Length <= max ? value : throw new ArgumentException($"Audit value longer than {max} characters.");

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
