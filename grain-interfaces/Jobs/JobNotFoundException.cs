namespace BankHire.Jobs;

[GenerateSerializer, Alias("bankhire.JobNotFoundException")]
public sealed class JobNotFoundException(string jobId) : Exception($"Job '{jobId}' does not exist.")
{
    [Id(0)] public string JobId { get; } = jobId;
}
