using System.Text;

namespace BankHire.Hosting.Encryption.GrainState;

/// <summary>
/// The data key and the row a grain state is being written to or read from, set by <see cref="SealingGrainStorage"/>
/// around one storage call and read by <see cref="SealingStateSerializer"/> within it (the storage serializer is given
/// no grain id). A sealed payload is <c>BHS1</c> followed by an <see cref="EnvelopeCipher"/> value bound to the row.
/// </summary>
internal sealed record StateSeal(byte[]? DataKey, string Row)
{
    private static readonly AsyncLocal<StateSeal?> current = new();

    private static readonly byte[] Magic = "BHS1"u8.ToArray();

    public static StateSeal? Current
    {
        get => current.Value;
        set => current.Value = value;
    }

    public static bool IsSealed(ReadOnlySpan<byte> payload) => payload.StartsWith(Magic);

    public byte[] Seal(ReadOnlySpan<byte> plaintext)
    {
        var key = DataKey ?? throw new InvalidOperationException($"No data key to seal {Row}.");
        return [.. Magic, .. EnvelopeCipher.Seal(key, plaintext, AssociatedData)];
    }

    /// <summary>The plaintext, or null when the data key is gone (shredded): what it sealed is unreadable for good.</summary>
    public byte[]? Open(ReadOnlySpan<byte> payload) =>
        DataKey is { } key ? EnvelopeCipher.Open(key, payload[Magic.Length..], AssociatedData) : null;

    // Sealed bytes copied to another grain's row fail to open rather than being read as that grain's.
    private byte[] AssociatedData => Encoding.UTF8.GetBytes("state:" + Row);
}
