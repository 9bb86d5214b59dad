using System.Data.Common;
using BankHire.Audit;
using BankHire.Hosting.Audit;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;

namespace BankHire.Tests.Storage;

/// <summary>The audit trail's rows, per database: stored only onto the tail they were chained to, read back exactly as
/// hashed, append-only, and a row changed behind the application's back breaks the chain at that row.</summary>
public abstract class AuditLogStoreContract(StorageProvider provider)
{
    private static AuditEvent Event(string actor, string? subject = null) => new(DateTimeOffset.UtcNow, actor, "hr", "Recruiter", "read", "GET",
        "/api/candidates/{id:guid}", "/api/candidates/x", subject, "profile,contact", "candidate review", 200, "10.0.0.7", "test/1.0", null);

    [StorageContractFact]
    public async Task Entries_chain_onto_the_stored_tail_and_read_back_as_hashed()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new AuditLogStore(database.Options);
        Assert.Null(await store.TailAsync());

        var first = AuditChain.Link(1, Event("alice", "candidate:1"), AuditChain.Genesis);
        var second = AuditChain.Link(2, Event("bob", "candidate:2"), first.Hash);
        Assert.True(await store.AppendAsync([first]));
        Assert.True(await store.AppendAsync([second]));
        // A writer that did not see the tail move is refused, not interleaved.
        Assert.False(await store.AppendAsync([AuditChain.Link(2, Event("mallory"), first.Hash)]));
        Assert.False(await store.AppendAsync([AuditChain.Link(3, Event("mallory"), first.Hash)]));

        Assert.Equal((2L, second.Hash), await store.TailAsync());
        var all = await store.ReadAscendingAsync(0, 10);
        Assert.Equal([first, second], all);
        Assert.Null(AuditChain.FirstBroken(null, all));
        Assert.Equal([second], await store.QueryAsync(new AuditQuery(Actor: "bob")));
        Assert.Equal([first], await store.QueryAsync(new AuditQuery(Subject: "candidate:1", DataClass: "contact")));
        Assert.Empty(await store.QueryAsync(new AuditQuery(DataClass: "frames")));
    }

    [StorageContractFact]
    public async Task A_burst_is_stored_whole_or_not_at_all()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new AuditLogStore(database.Options);
        var burst = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var seq = 1; seq <= 3; seq++)
        {
            burst.Add(AuditChain.Link(seq, Event("user" + seq), previous));
            previous = burst[^1].Hash;
        }
        Assert.True(await store.AppendAsync(burst));

        // A burst whose second entry takes a seq already stored: refused, and its first entry is not kept either.
        var late = AuditChain.Link(4, Event("late"), previous);
        Assert.False(await store.AppendAsync([late, AuditChain.Link(3, Event("mallory"), late.Hash)]));
        Assert.Equal((3L, previous), await store.TailAsync());
        Assert.Null(AuditChain.FirstBroken(null, await store.ReadAscendingAsync(0, 10)));
    }

    [StorageContractFact]
    public async Task The_table_refuses_changes_and_a_change_made_anyway_breaks_the_chain_at_that_row()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new AuditLogStore(database.Options);
        var previous = AuditChain.Genesis;
        for (var seq = 1; seq <= 3; seq++)
        {
            var entry = AuditChain.Link(seq, Event("user" + seq), previous);
            Assert.True(await store.AppendAsync([entry]));
            previous = entry.Hash;
        }

        await using var connection = await OpenAsync(database.Options);
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "UPDATE AuditTrail SET Actor = 'someone' WHERE Seq = 2"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM AuditTrail WHERE Seq = 2"));

        await ExecuteAsync(connection, provider == StorageProvider.Postgres
            ? "ALTER TABLE AuditTrail DISABLE TRIGGER AuditTrailNoChange"
            : "DROP TRIGGER AuditTrailNoUpdate");
        await ExecuteAsync(connection, "UPDATE AuditTrail SET Actor = 'someone' WHERE Seq = 2");
        Assert.Equal(2, AuditChain.FirstBroken(null, await store.ReadAscendingAsync(0, 10))?.Seq);
    }

    private static Task<DbConnection> OpenAsync(StorageOptions options) => AdoNetTarget.OpenAsync(options, CancellationToken.None);

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteAuditLogStoreTests() : AuditLogStoreContract(StorageProvider.Sqlite);

[RequiresPostgres]
public sealed class PostgresAuditLogStoreTests() : AuditLogStoreContract(StorageProvider.Postgres);
