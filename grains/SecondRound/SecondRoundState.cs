namespace BankHire.SecondRound;

[GenerateSerializer, Alias("bankhire.SecondRoundState")]
public sealed class SecondRoundState
{
    [Id(0)] public SecondRoundSnapshot? Round { get; set; }
}
