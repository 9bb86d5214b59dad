using System.Text;
using BankHire.Answers;
using BankHire.Candidates;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;
using BankHire.Interviews;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Storage.Probes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace BankHire.Tests.Storage;

/// <summary>
/// Grain states holding personal data (contact fields, resume lines, transcripts) are sealed at rest under the candidate's
/// or interview's data key, per database: the raw rows hold none of the plaintext, the grains read it back, and once the
/// keys are shredded the rows read as empty states.
/// </summary>
public abstract class PersonalStateEncryptionContract(StorageClusterFixture fixture)
{
    private IGrainStorage GrainStorage =>
        fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    [StorageContractFact]
    public async Task A_candidates_contact_and_resume_lines_are_sealed_in_the_row_and_read_back()
    {
        var id = Guid.NewGuid();
        var marker = id.ToString("N")[..10];
        var (name, phone, email, resume) = ($"王小明{marker}", $"139{marker}", $"xm.{marker}@example.cn", $"Five years as a teller, {marker} branch.");
        var grainId = GrainId.Create("candidate", id.ToString("N"));
        var written = new GrainState<CandidateState>(Candidate(id, name, phone, email, resume));

        await GrainStorage.WriteStateAsync("candidate", grainId, written);

        var raw = await RawPayloadsAsync("candidate");
        Assert.Contains(raw, p => p.AsSpan().StartsWith("BHS1"u8));
        foreach (var secret in new[] { name, phone, email, resume, marker })
            Assert.DoesNotContain(raw, p => p.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0);
        var read = new GrainState<CandidateState>();
        await GrainStorage.ReadStateAsync("candidate", grainId, read);
        Assert.Equal(new CandidateContact(name, email, phone), read.State!.Candidate!.Application.Contact);
        Assert.Equal(resume, read.State!.Screening!.Lines[0].Evidence[0].Snippet);
    }

    [StorageContractFact]
    public async Task An_answers_transcript_is_sealed_under_its_interviews_key_and_reads_empty_once_that_key_is_shredded()
    {
        var (candidate, interview) = (Guid.NewGuid(), Guid.NewGuid());
        var transcript = $"I would apologise to the customer {interview:N} and explain the fee.";
        var grainId = GrainId.Create("answer-scoring", AnswerKeys.StreamKey(interview, "q1"));
        var other = GrainId.Create("answer-scoring", AnswerKeys.StreamKey(Guid.NewGuid(), "q1"));
        await GrainStorage.WriteStateAsync("answer-scoring", grainId, new GrainState<ProbeState>(new ProbeState { Value = transcript }));
        await GrainStorage.WriteStateAsync("answer-scoring", other, new GrainState<ProbeState>(new ProbeState { Value = "kept" }));

        Assert.DoesNotContain(await RawPayloadsAsync("answer-scoring"), p => p.AsSpan().IndexOf(Encoding.UTF8.GetBytes(transcript)) >= 0);
        Assert.Equal(transcript, (await ReadAsync("answer-scoring", grainId)).State!.Value);

        await DataKeyStore.For(fixture.Options).ShredAsync(candidate, [interview]);

        var shredded = await ReadAsync("answer-scoring", grainId);
        Assert.True(shredded.RecordExists); // the row (a backup's copy, say) is still there ...
        Assert.Null(shredded.State!.Value);  // ... and reads as nothing
        Assert.Equal("kept", (await ReadAsync("answer-scoring", other)).State!.Value);
        // The state can be written again (an erasure's cleared state), under a new key.
        shredded.State!.Value = "cleared";
        await GrainStorage.WriteStateAsync("answer-scoring", grainId, shredded);
        Assert.Equal("cleared", (await ReadAsync("answer-scoring", grainId)).State!.Value);
    }

    [StorageContractFact]
    public async Task A_state_stored_before_sealing_reads_as_it_was_and_is_sealed_by_its_next_write()
    {
        var interview = Guid.NewGuid();
        var grainId = GrainId.Create("interview-scoring", interview.ToString("N"));
        var typed = $"typed answer {interview:N}";
        await InsertPlainRowAsync("interview-scoring", grainId, new ProbeState { Value = typed });
        Assert.Contains(await RawPayloadsAsync("interview-scoring"), p => p.AsSpan().IndexOf(Encoding.UTF8.GetBytes(typed)) >= 0);

        var read = await ReadAsync("interview-scoring", grainId);
        Assert.Equal(typed, read.State!.Value);
        await GrainStorage.WriteStateAsync("interview-scoring", grainId, read);

        Assert.DoesNotContain(await RawPayloadsAsync("interview-scoring"), p => p.AsSpan().IndexOf(Encoding.UTF8.GetBytes(typed)) >= 0);
        Assert.Equal(typed, (await ReadAsync("interview-scoring", grainId)).State!.Value);
    }

    [StorageContractFact]
    public async Task States_without_personal_data_are_stored_as_before()
    {
        var grainId = GrainId.Create("contract", Guid.NewGuid().ToString("N"));
        var value = $"not personal {Guid.NewGuid():N}";
        await GrainStorage.WriteStateAsync("bankhire.tests.contract", grainId, new GrainState<ProbeState>(new ProbeState { Value = value }));

        Assert.Contains(await RawPayloadsAsync("bankhire.tests.contract"), p => p.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0);
    }

    private async Task<GrainState<ProbeState>> ReadAsync(string stateName, GrainId grainId)
    {
        var state = new GrainState<ProbeState>();
        await GrainStorage.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    /// <summary>The payloads of every row of a state, as the database holds them.</summary>
    private async Task<List<byte[]>> RawPayloadsAsync(string stateName)
    {
        await using var connection = await AdoNetTarget.OpenAsync(fixture.Options, CancellationToken.None);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT PayloadBinary FROM OrleansStorage WHERE GrainTypeString = @Type AND PayloadBinary IS NOT NULL";
        var type = select.CreateParameter();
        type.ParameterName = "Type";
        type.Value = stateName;
        select.Parameters.Add(type);
        var payloads = new List<byte[]>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync()) payloads.Add(reader.GetFieldValue<byte[]>(0));
        return payloads;
    }

    /// <summary>A row as it was written before sealing: the same table through the unsealed provider (stream subscriptions).</summary>
    private Task InsertPlainRowAsync(string stateName, GrainId grainId, ProbeState state) =>
        fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME)
            .WriteStateAsync(stateName, grainId, new GrainState<ProbeState>(state));

    private static CandidateState Candidate(Guid id, string name, string phone, string email, string resume) => new()
    {
        Candidate = new CandidateSnapshot(id, new CandidateApplication(new CandidateContact(name, email, phone), "job-1", "SWUFE", "Finance", 2026, "resume:cv.pdf"),
            CandidateStage.Applied, DateTimeOffset.UtcNow, [], [], "notes"),
        Screening = new ResumeScreening("job-1", 1, 70, false, false,
            [new ScreeningLine("experience", "teller", "柜员经验", "Teller experience", 10, 10, true, "有", "Yes", [new EvidenceSpan(0, resume.Length, resume)])],
            ["cv.pdf"], [], DateTimeOffset.UtcNow),
    };
}

public sealed class SqlitePersonalStateEncryptionTests(SqliteStorageClusterFixture fixture)
    : PersonalStateEncryptionContract(fixture), IClassFixture<SqliteStorageClusterFixture>;

[RequiresPostgres]
public sealed class PostgresPersonalStateEncryptionTests(PostgresStorageClusterFixture fixture)
    : PersonalStateEncryptionContract(fixture), IClassFixture<PostgresStorageClusterFixture>;
