using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BankHire.Hosting.Encryption;

/// <summary>
/// The master keys that wrap the per-candidate data keys, from a key file: <c>{"current": "id", "keys": {"id": "base64"}}</c>.
/// New data keys are wrapped with the current key; every key in the file still unwraps, so a rotation (add a key, make it
/// current, roll the nodes, re-wrap) never makes stored data unreadable. Embedded mode generates the file on first run;
/// a cluster mounts the same file on every node (a Kubernetes secret).
/// </summary>
public sealed class MasterKeyRing
{
    private readonly FrozenDictionary<string, byte[]> keys;

    public MasterKeyRing(string currentId, IReadOnlyDictionary<string, byte[]> keys)
    {
        if (!keys.ContainsKey(currentId)) throw new InvalidOperationException($"The master key file names '{currentId}' as current but holds no such key.");
        if (keys.Values.Any(k => k.Length != EnvelopeCipher.KeyBytes))
            throw new InvalidOperationException($"Every master key must be {EnvelopeCipher.KeyBytes} bytes (base64 of 32 random bytes).");
        CurrentId = currentId;
        this.keys = keys.ToFrozenDictionary();
    }

    public string CurrentId { get; }

    public IReadOnlyCollection<string> Ids => keys.Keys;

    public byte[] Wrap(byte[] dataKey, string subject) => EnvelopeCipher.Seal(keys[CurrentId], dataKey, Encoding.UTF8.GetBytes(subject));

    public byte[] Unwrap(string masterKeyId, byte[] wrapped, string subject) =>
        keys.TryGetValue(masterKeyId, out var key)
            ? EnvelopeCipher.Open(key, wrapped, Encoding.UTF8.GetBytes(subject))
            : throw new CryptographicException($"Master key '{masterKeyId}' is not in this node's key file: mount the same key file on every node.");

    /// <summary>Reads the key file; creates it with one new key when <paramref name="createIfMissing"/> and it does not exist.</summary>
    public static MasterKeyRing Load(string path, bool createIfMissing)
    {
        if (!File.Exists(path))
        {
            if (!createIfMissing) throw new InvalidOperationException($"The master key file '{path}' does not exist (set Storage:MasterKeyFile to the mounted secret).");
            Write(path, new KeyFile(NewId(), []), replace: false);
        }
        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"The master key file '{path}' is empty.");
        return new MasterKeyRing(file.Current, file.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value)));
    }

    /// <summary>Adds a new key to the file and makes it current (the old keys stay, to unwrap until everything is re-wrapped).</summary>
    public static string Rotate(string path)
    {
        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), Json)!;
        var id = NewId();
        Write(path, file with { Current = id, Keys = new Dictionary<string, string>(file.Keys) { [id] = Convert.ToBase64String(EnvelopeCipher.NewKey()) } });
        return id;
    }

    /// <summary>Writes the file whole (readable by its owner only); a first run that finds it created meanwhile keeps that one.</summary>
    private static void Write(string path, KeyFile file, bool replace = true)
    {
        if (file.Keys.Count == 0) file = file with { Keys = new Dictionary<string, string> { [file.Current] = Convert.ToBase64String(EnvelopeCipher.NewKey()) } };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(file, Json));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temporary, path, overwrite: replace);
        }
        catch (IOException) when (!replace && File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    private static string NewId() => "mk-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record KeyFile(string Current, Dictionary<string, string> Keys);
}
