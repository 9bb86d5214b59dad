namespace BankHire.Identity;

[GenerateSerializer, Alias("bankhire.DataProtectionKeyRingState")]
public sealed class DataProtectionKeyRingState
{
    /// <summary>Key XML by the name data protection gave it, in the order the keys were created.</summary>
    [Id(0)] public List<KeyValuePair<string, string>> Keys { get; set; } = [];
}
