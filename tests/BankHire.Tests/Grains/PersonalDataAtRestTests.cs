using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BankHire.Answers;
using BankHire.Candidates;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Encryption.GrainState;
using BankHire.Hosting.Storage;
using BankHire.Privacy;
using BankHire.Tests.Support;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Xunit.Abstractions;

namespace BankHire.Tests.Grains;

/// <summary>
/// A candidate's contact, resume lines, typed answers and media are sealed in the embedded database's files, read back by
/// the grains after a reactivation, and a copy of the database taken before their deletion (which holds no data key: those
/// live in the key store) cannot be read for them with the live keys as soon as their keys are shredded.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonalDataAtRestTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_database_files_hold_no_contact_resume_line_or_typed_answer_in_plaintext_and_the_grains_read_them_back()
    {
        var (live, secrets) = await CandidateWithPersonalDataAsync();

        var files = DatabaseFiles();
        foreach (var secret in secrets.All) Assert.False(Contains(files, secret), $"'{secret}' is stored in plaintext");

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var candidate = (await Candidate(live).GetAsync())!;
        Assert.Equal(new CandidateContact(secrets.Name, secrets.Email, secrets.Phone), candidate.Application.Contact);
        Assert.Equal(secrets.ResumeLine, (await Candidate(live).GetScreeningAsync())!.Lines[0].Evidence[0].Snippet);
        Assert.Contains((await live.Session.GetProgressAsync())!.Questions, q => q.TypedAnswer == secrets.TypedAnswer);
    }

    [Fact]
    public async Task A_copy_of_the_database_taken_before_a_deletion_cannot_be_read_for_that_candidate_after_it()
    {
        var (live, secrets) = await CandidateWithPersonalDataAsync();
        var frames = new AnswerTrack(live.InterviewId, LiveInterviewSetup.Questions[1], ChunkKind.Frame);
        await live.Session.BeginQuestionAsync(LiveInterviewSetup.Questions[1], retake: false);
        await live.StoreAsync(LiveInterviewSetup.Questions[1], ChunkKind.Frame, 2, InterviewTestMedia.FaceJpeg);
        await live.StoreAsync(LiveInterviewSetup.Questions[1], ChunkKind.Audio, 1, new byte[3_200]);
        using var backupFolder = new TempDirectory();
        // Restored beside the live key store (a backup of the database alone holds no key).
        var backup = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = backupFolder.Path, KeyStoreDirectory = fixture.Storage.KeyStore.DataDirectory };
        await BackUpAsync(fixture.Storage.SqliteDatabasePath, backup.SqliteDatabasePath);
        await BackUpAsync(fixture.Storage.ChunkDatabase.SqliteDatabasePath, backup.ChunkDatabase.SqliteDatabasePath);
        var masterKeys = MasterKeyRing.Load(fixture.Storage.MasterKeyPath, createIfMissing: false);
        var candidateRow = $"candidate/{Candidate(live).GetGrainId()}";
        var backedUpState = await SealedStateAsync(backup, "candidate", candidateRow, masterKeys, live.CandidateId);
        // The copy, like the database, holds no plaintext and no key; with the live keys, it is readable.
        foreach (var secret in secrets.All) Assert.False(Contains([File.ReadAllBytes(backup.SqliteDatabasePath), File.ReadAllBytes(backup.ChunkDatabase.SqliteDatabasePath)], secret));
        Assert.Equal(0L, await DataKeyRowsAsync(backup.SqliteDatabasePath));
        Assert.NotNull(await new ChunkStore(backup, TimeProvider.System, new DataKeyStore(backup, masterKeys)).ReadAsync(frames, 0));

        var privacy = fixture.Grains.GetGrain<ICandidatePrivacyGrain>(live.CandidateId);
        var requested = await privacy.RequestDeletionAsync("candidate");
        fixture.Clock.Advance(RetentionSchedule.DeletionProcessingDelay);
        var purge = Stopwatch.StartNew();
        try
        {
            Assert.NotNull((await privacy.ProcessDueAsync()).Deletion!.ProcessedAt);
        }
        finally
        {
            fixture.Clock.Advance(-RetentionSchedule.DeletionProcessingDelay);
        }
        output.WriteLine($"Purged a candidate with 1 interview (1 typed answer, 2 frames, 1 audio chunk) in {purge.Elapsed.TotalMilliseconds:F0} ms.");

        // The live keys open nothing of theirs in the copy (the erased states left live are under new keys): no master key
        // retirement is needed for the backup to lose them.
        var liveKeys = DataKeyStore.For(fixture.Storage);
        // (The interview's key was shredded; the cleared states written after the erasure are under a new key of the same
        // subject, which does not open the copy's frames either.)
        await AssertUnreadableAsync(() => new ChunkStore(backup, TimeProvider.System, liveKeys).ReadAsync(frames, 0));
        Assert.False(await liveKeys.FindAsync(live.CandidateId) is { } current && Opens(current, backedUpState, candidateRow));
        Assert.Equal(CandidateGrain.ErasedContact.FullName, (await Candidate(live).GetAsync())!.Application.Contact.FullName);
    }

    private sealed record Secrets(string Name, string Phone, string Email, string ResumeLine, string TypedAnswer)
    {
        public string[] All => [Name, Phone, Email, ResumeLine, TypedAnswer];
    }

    private async Task<(LiveInterviewSetup Live, Secrets Secrets)> CandidateWithPersonalDataAsync()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var secrets = new Secrets($"王小明{marker}", $"139{marker}", $"xm.{marker}@example.cn",
            $"Five years as a teller at the {marker} branch.", $"I would apologise to the customer {marker} and explain the fee.");
        var live = await (await LiveInterviewSetup.InvitedAsync(fixture)).StartedAsync();
        await Candidate(live).AttachInterviewAsync(live.InterviewId);
        await Candidate(live).UpdateAsync(new CandidateUpdate(new CandidateContact(secrets.Name, secrets.Email, secrets.Phone), null, null, null, null), "test");
        await Candidate(live).RecordScreeningAsync(new ResumeScreening(live.JobId, 1, 70, false, false,
            [new ScreeningLine("experience", "teller", "柜员经验", "Teller experience", 10, 10, true, "有", "Yes", [new EvidenceSpan(0, secrets.ResumeLine.Length, secrets.ResumeLine)])],
            ["cv.pdf"], [], fixture.Clock.GetUtcNow()), "test");
        await live.AnswerTypedAsync(LiveInterviewSetup.Questions[0], secrets.TypedAnswer);
        return (live, secrets);
    }

    /// <summary>The database files (data and chunks) and their write-ahead logs, as a copy of the folder would take them.</summary>
    private List<byte[]> DatabaseFiles() =>
        [.. new[] { fixture.Storage.SqliteDatabasePath, fixture.Storage.ChunkDatabase.SqliteDatabasePath }
            .SelectMany(path => new[] { path, path + "-wal" }).Where(File.Exists).Select(ReadShared)];

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(IEnumerable<byte[]> files, string secret) =>
        files.Any(f => f.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0);

    private static async Task<long> DataKeyRowsAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM DataKeys";
        return Convert.ToInt64(await count.ExecuteScalarAsync());
    }

    /// <summary>An online backup of a live database file (SQLite's VACUUM INTO: a consistent copy, WAL included).</summary>
    private static async Task BackUpAsync(string live, string path)
    {
        await using var connection = new SqliteConnection($"Data Source={live}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO @Path";
        command.Parameters.AddWithValue("Path", path);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The copy's sealed state of the row: the one that opens with the copy's own key for the subject.</summary>
    private static async Task<byte[]> SealedStateAsync(StorageOptions copy, string stateName, string row, MasterKeyRing masterKeys, Guid subject)
    {
        var key = (await new DataKeyStore(copy, masterKeys).FindAsync(subject))!;
        await using var connection = new SqliteConnection($"Data Source={copy.SqliteDatabasePath}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT PayloadBinary FROM OrleansStorage WHERE GrainTypeString = @Type";
        select.Parameters.AddWithValue("Type", stateName);
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var payload = reader.GetFieldValue<byte[]>(0);
            if (StateSeal.IsSealed(payload) && Opens(key, payload, row)) return payload;
        }
        throw new InvalidOperationException($"No sealed {stateName} state of {row} in the copy.");
    }

    private static async Task AssertUnreadableAsync(Func<Task<StoredChunk?>> read)
    {
        try
        {
            Assert.Null(await read());
        }
        catch (CryptographicException)
        {
        }
    }

    private static bool Opens(byte[] key, byte[] payload, string row)
    {
        try
        {
            return new StateSeal(key, row).Open(payload) is not null;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private ICandidateGrain Candidate(LiveInterviewSetup live) => fixture.Grains.GetGrain<ICandidateGrain>(live.CandidateId);
}
