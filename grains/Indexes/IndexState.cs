namespace BankHire.Indexes;

[GenerateSerializer, Alias("bankhire.IndexState")]
public sealed class IndexState
{
    [Id(0)] public List<string> Ids { get; set; } = [];
}
