namespace BankHire.Jobs;

[GenerateSerializer, Alias("bankhire.JobStatus")]
public enum JobStatus { Draft, Open, Closed }
