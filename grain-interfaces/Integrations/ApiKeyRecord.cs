using System.Collections.Immutable;

namespace BankHire.Integrations;

/// <summary>
/// An integration client's API key as stored: never the secret, only its SHA-256 <paramref name="Hash"/> (lower-case hex)
/// and a short <paramref name="Prefix"/> of the key so people can tell keys apart.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.ApiKeyRecord")]
public sealed record ApiKeyRecord(
    Guid Id,
    string Name,
    ImmutableArray<string> Scopes,
    string Hash,
    string Prefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? RevokedAt);
