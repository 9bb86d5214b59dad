namespace BankHire.Scoring;

[GenerateSerializer, Alias("bankhire.InterviewScoringState")]
public sealed class InterviewScoringState
{
    [Id(0)] public InterviewReport? Report { get; set; }
}
