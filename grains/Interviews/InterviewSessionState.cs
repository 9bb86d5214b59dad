namespace BankHire.Interviews;

[GenerateSerializer, Alias("bankhire.InterviewSessionState")]
public sealed class InterviewSessionState
{
    [Id(0)] public InterviewSnapshot? Interview { get; set; }
}
