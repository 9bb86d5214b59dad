namespace BankHire.Banks;

[GenerateSerializer, Alias("bankhire.BankState")]
public sealed class BankState
{
    [Id(0)] public BankProfile? Profile { get; set; }
}
