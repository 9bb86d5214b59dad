namespace BankHire.Integrations;

[GenerateSerializer, Alias("bankhire.ApiKeysState")]
public sealed class ApiKeysState
{
    /// <summary>Every key, oldest first.</summary>
    [Id(0)] public List<ApiKeyRecord> Keys { get; set; } = [];
}
