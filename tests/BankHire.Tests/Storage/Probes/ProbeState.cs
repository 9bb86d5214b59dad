namespace BankHire.Tests.Storage.Probes;

[GenerateSerializer, Alias("BankHire.Tests.Storage.ProbeState")]
public sealed class ProbeState
{
    [Id(0)]
    public string? Value { get; set; }
}
