using System.Security.Cryptography;

namespace BankHire.Hosting.Encryption;

/// <summary>
/// AES-256-GCM with a random 96-bit nonce: <c>[version 1][nonce 12][tag 16][ciphertext]</c>. The associated data binds a
/// ciphertext to where it belongs (a chunk's row, a data key's subject), so a sealed value moved elsewhere fails to open.
/// </summary>
public static class EnvelopeCipher
{
    public const int KeyBytes = 32;
    private const byte Version = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    public const int Overhead = 1 + NonceBytes + TagBytes;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeyBytes);

    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var sealedValue = new byte[Overhead + plaintext.Length];
        sealedValue[0] = Version;
        var nonce = sealedValue.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(Overhead), sealedValue.AsSpan(1 + NonceBytes, TagBytes), associatedData);
        return sealedValue;
    }

    /// <summary>The plaintext; <see cref="CryptographicException"/> when the key, the associated data or the bytes are not the ones sealed.</summary>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        if (sealedValue.Length < Overhead || sealedValue[0] != Version)
            throw new CryptographicException($"Not a sealed value of version {Version}.");
        var plaintext = new byte[sealedValue.Length - Overhead];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedValue.Slice(1, NonceBytes), sealedValue[Overhead..], sealedValue.Slice(1 + NonceBytes, TagBytes), plaintext, associatedData);
        return plaintext;
    }
}
