namespace BankHire.Privacy;

[GenerateSerializer, Alias("bankhire.CandidatePrivacyState")]
public sealed class CandidatePrivacyState
{
    [Id(0)] public int RetentionDays { get; set; }

    [Id(1)] public DateTimeOffset? RetentionDueAt { get; set; }

    [Id(2)] public DeletionRequest? Deletion { get; set; }

    [Id(3)] public List<DataExportRecord> Exports { get; set; } = [];

    [Id(4)] public Erasure? Erasure { get; set; }

    [Id(5)] public AlternativeProcessRequest? AlternativeProcess { get; set; }
}
