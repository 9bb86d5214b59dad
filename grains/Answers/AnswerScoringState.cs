namespace BankHire.Answers;

[GenerateSerializer, Alias("bankhire.AnswerScoringState")]
public sealed class AnswerScoringState
{
    [Id(0)] public AnswerScore? Score { get; set; }
}
