using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BankHire.Audit;

/// <summary>
/// The hash chain: each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical content (a JSON
/// array of its fields in a fixed order, the time in Unix milliseconds), so changing, removing or reordering any stored
/// entry breaks every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The entry as stored: its time kept to the millisecond (what is hashed and stored), then chained.</summary>
    public static AuditEntry Link(long seq, AuditEvent e, string previousHash)
    {
        var stored = e with { At = DateTimeOffset.FromUnixTimeMilliseconds(e.At.ToUnixTimeMilliseconds()) };
        return new(seq, stored, previousHash, Hash(seq, stored, previousHash));
    }

    public static string Hash(long seq, AuditEvent e, string previousHash)
    {
        object?[] content =
        [
            previousHash, seq, e.At.ToUnixTimeMilliseconds(), e.Actor, e.ActorKind, e.Roles, e.Action, e.Method, e.Route, e.Path,
            e.Subject, e.DataClasses, e.Purpose, e.Status, e.ClientIp, e.UserAgent, e.ApiKeyId,
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content))));
    }

    /// <summary>Checks <paramref name="entries"/> (ascending seq) as the continuation of <paramref name="tail"/>
    /// (null at the start): null when they hold, else the first that does not and why.</summary>
    public static (long Seq, string Reason)? FirstBroken((long Seq, string Hash)? tail, IEnumerable<AuditEntry> entries)
    {
        var (lastSeq, lastHash) = tail ?? (0, Genesis);
        foreach (var entry in entries)
        {
            if (entry.Seq != lastSeq + 1)
                return (entry.Seq, $"entries {lastSeq + 1}–{entry.Seq - 1} are missing");
            if (entry.PreviousHash != lastHash)
                return (entry.Seq, "its link to the entry before was changed (previous hash differs)");
            if (Hash(entry.Seq, entry.Event, entry.PreviousHash) != entry.Hash)
                return (entry.Seq, "its content was changed (hash differs)");
            (lastSeq, lastHash) = (entry.Seq, entry.Hash);
        }
        return null;
    }
}
