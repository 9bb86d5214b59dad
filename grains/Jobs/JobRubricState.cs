namespace BankHire.Jobs;

[GenerateSerializer, Alias("bankhire.JobRubricState")]
public sealed class JobRubricState
{
    [Id(0)] public string? Id { get; set; }
    [Id(1)] public JobPosting? Posting { get; set; }
    [Id(2)] public List<RubricVersion> Versions { get; set; } = [];
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
}
