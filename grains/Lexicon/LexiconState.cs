namespace BankHire.Lexicon;

[GenerateSerializer, Alias("bankhire.LexiconState")]
public sealed class LexiconState
{
    [Id(0)] public int Version { get; set; }

    [Id(1)] public List<string> Words { get; set; } = [];

    /// <summary>Terms per concept key, merged across additions.</summary>
    [Id(2)] public Dictionary<string, List<string>> Concepts { get; set; } = new(StringComparer.Ordinal);
}
