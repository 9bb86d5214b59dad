using System.Collections.Concurrent;
using System.Data.Common;
using BankHire.Hosting.Storage;

namespace BankHire.Hosting.Encryption;

/// <summary>
/// The data keys (table DataKeys of the key store, <see cref="StorageOptions.KeyStore"/>: a database apart from the data
/// they seal): one random AES-256 key per interview, owned by its candidate, stored only wrapped by the master key. Deleting
/// a candidate's rows (<see cref="ShredAsync"/>) leaves every copy of what they sealed — the database, its WAL, a replica,
/// every backup of it — unreadable at once; the shred ledger in the data database keeps a restored key store from bringing
/// them back (<see cref="KeyStoreInstaller"/>). Every read asks the key store, so a shredded key is never served from a
/// cache; only the unwrapping (keyed by the wrapped bytes) is cached.
/// </summary>
public sealed class DataKeyStore(StorageOptions options, MasterKeyRing masterKeys)
{
    private static readonly ConcurrentDictionary<string, Lazy<MasterKeyRing>> Rings = new();

    /// <summary>The store for <paramref name="options"/>, its master keys read once per process from the configured key file
    /// (created with a new key on first run unless a file was configured explicitly, i.e. mounted).</summary>
    public static DataKeyStore For(StorageOptions options)
    {
        var ring = Rings.GetOrAdd(options.MasterKeyPath, path => new Lazy<MasterKeyRing>(() => MasterKeyRing.Load(path, createIfMissing: options.MasterKeyFile is null))).Value;
        return new DataKeyStore(options, ring);
    }

    private readonly ConcurrentDictionary<string, byte[]> unwrapped = new();

    public MasterKeyRing MasterKeys => masterKeys;

    /// <summary>The subject's data key, created (wrapped with the current master key) inside <paramref name="transaction"/> if missing.</summary>
    private async Task<byte[]> GetOrCreateAsync(DbConnection connection, DbTransaction transaction, Guid subjectId, Guid? ownerId, CancellationToken cancellationToken)
    {
        if (await ReadAsync(connection, transaction, subjectId, cancellationToken) is { } existing) return existing;
        var key = EnvelopeCipher.NewKey();
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO DataKeys (SubjectId, OwnerId, MasterKeyId, WrappedKey, CreatedAt)
                VALUES (@SubjectId, @OwnerId, @MasterKeyId, @WrappedKey, @CreatedAt)
                ON CONFLICT DO NOTHING
                """;
            Add(insert, "SubjectId", Id(subjectId));
            Add(insert, "OwnerId", ownerId is { } owner ? Id(owner) : DBNull.Value);
            Add(insert, "MasterKeyId", masterKeys.CurrentId);
            Add(insert, "WrappedKey", masterKeys.Wrap(key, Subject(subjectId)));
            Add(insert, "CreatedAt", DateTimeOffset.UtcNow);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        // Another node may have created it first: the stored key is the one.
        return await ReadAsync(connection, transaction, subjectId, cancellationToken) ?? throw new InvalidOperationException($"The data key of {subjectId} was not stored.");
    }

    /// <summary>The subject's data key on a connection of its own (sealing grain state), created if missing.</summary>
    public async Task<byte[]> GetOrCreateAsync(Guid subjectId, Guid? ownerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options.KeyStore, cancellationToken);
        if (await ReadAsync(connection, null, subjectId, cancellationToken) is { } existing) return existing;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var key = await GetOrCreateAsync(connection, transaction, subjectId, ownerId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>The subject's data key, or null when it never existed or was shredded.</summary>
    public async Task<byte[]?> FindAsync(Guid subjectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options.KeyStore, cancellationToken);
        return await ReadAsync(connection, null, subjectId, cancellationToken);
    }

    /// <summary>Unwraps a key read by a join (the row's master key id and wrapped bytes).</summary>
    public byte[] Unwrap(Guid subjectId, string masterKeyId, byte[] wrapped) =>
        unwrapped.GetOrAdd(Convert.ToBase64String(wrapped), _ => masterKeys.Unwrap(masterKeyId, wrapped, Subject(subjectId)));

    /// <summary>Deletes every data key the candidate owns and those of <paramref name="subjectIds"/>; returns how many went.
    /// The shredding is first written to the data database's ledger, so a key store restored from an older backup is
    /// shredded again on the next start.</summary>
    public async Task<int> ShredAsync(Guid ownerId, IEnumerable<Guid> subjectIds, CancellationToken cancellationToken = default)
    {
        // An interview's media key may have been made without an owner (a chunk stored by a tool): it goes with the interview.
        var subjects = subjectIds.SelectMany(s => new[] { s, BankHire.Hosting.Answers.MediaKey.SubjectOf(s) }).Append(ownerId).Distinct().ToList();
        await RecordShreddingAsync(subjects, cancellationToken);
        await using var connection = await AdoNetTarget.OpenAsync(options.KeyStore, cancellationToken);
        var deleted = 0;
        foreach (var subject in subjects)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = (options.Provider == StorageProvider.Sqlite ? "PRAGMA secure_delete = ON; " : "")
                + "DELETE FROM DataKeys WHERE SubjectId = @Id OR OwnerId = @Id";
            Add(command, "Id", Id(subject));
            deleted += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        unwrapped.Clear();
        return deleted;
    }

    /// <summary>Deletes the one subject's data key (an interview's media key when its media are deleted), recorded in the
    /// ledger first as <see cref="ShredAsync"/> does; true when there was one.</summary>
    public async Task<bool> ShredSubjectAsync(Guid subjectId, CancellationToken cancellationToken = default)
    {
        await RecordShreddingAsync([subjectId], cancellationToken);
        await using var connection = await AdoNetTarget.OpenAsync(options.KeyStore, cancellationToken);
        byte[]? wrapped = null;
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT WrappedKey FROM DataKeys WHERE SubjectId = @Id";
            Add(select, "Id", Id(subjectId));
            if (await select.ExecuteScalarAsync(cancellationToken) is byte[] found) wrapped = found;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = (options.Provider == StorageProvider.Sqlite ? "PRAGMA secure_delete = ON; " : "") + "DELETE FROM DataKeys WHERE SubjectId = @Id";
        Add(command, "Id", Id(subjectId));
        var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        if (wrapped is not null) unwrapped.TryRemove(Convert.ToBase64String(wrapped), out _);
        return deleted > 0;
    }

    private async Task RecordShreddingAsync(IReadOnlyList<Guid> subjects, CancellationToken cancellationToken)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options, cancellationToken);
        var shreddedAt = DateTimeOffset.UtcNow;
        foreach (var subject in subjects)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO ShreddedDataKeys (SubjectId, ShreddedAt) VALUES (@Id, @ShreddedAt)";
            Add(insert, "Id", Id(subject));
            Add(insert, "ShreddedAt", shreddedAt);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Re-wraps every data key not wrapped with the current master key (after a rotation); returns how many.</summary>
    public async Task<int> RewrapAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options.KeyStore, cancellationToken);
        var stale = new List<(string Subject, string MasterKeyId, byte[] Wrapped)>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT SubjectId, MasterKeyId, WrappedKey FROM DataKeys WHERE MasterKeyId <> @Current";
            Add(select, "Current", masterKeys.CurrentId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                stale.Add((reader.GetValue(0).ToString()!, reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
        }
        foreach (var (subject, masterKeyId, wrapped) in stale)
        {
            var subjectId = Guid.Parse(subject);
            var key = masterKeys.Unwrap(masterKeyId, wrapped, Subject(subjectId));
            await using var update = connection.CreateCommand();
            // Only if nobody changed it meanwhile (shredded, or re-wrapped by another run).
            update.CommandText = "UPDATE DataKeys SET MasterKeyId = @New, WrappedKey = @Wrapped WHERE SubjectId = @SubjectId AND MasterKeyId = @Old";
            Add(update, "New", masterKeys.CurrentId);
            Add(update, "Wrapped", masterKeys.Wrap(key, Subject(subjectId)));
            Add(update, "SubjectId", Id(subjectId));
            Add(update, "Old", masterKeyId);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        return stale.Count;
    }

    private async Task<byte[]?> ReadAsync(DbConnection connection, DbTransaction? transaction, Guid subjectId, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT MasterKeyId, WrappedKey FROM DataKeys WHERE SubjectId = @SubjectId";
        Add(select, "SubjectId", Id(subjectId));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Unwrap(subjectId, reader.GetString(0), reader.GetFieldValue<byte[]>(1)) : null;
    }

    /// <summary>The subject a wrapped key is bound to (its associated data).</summary>
    private static string Subject(Guid subjectId) => "datakey:" + subjectId.ToString("D");

    // PostgreSQL keeps ids as uuid; SQLite as lower-case text, like the chunk store.
    private object Id(Guid id) => options.Provider == StorageProvider.Postgres ? id : id.ToString("D");

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
