using System.Collections.Immutable;
using Orleans.Concurrency;

namespace BankHire.Integrations;

/// <summary>The bank's integration API keys (key "default"); holds hashes only.</summary>
[Alias("bankhire.IApiKeysGrain")]
public interface IApiKeysGrain : IGrainWithStringKey
{
    public const string Key = "default";

    /// <summary>Stores a new key; false if its id or hash is already there.</summary>
    [Alias("Create")] ValueTask<bool> CreateAsync(ApiKeyRecord key);

    /// <summary>Every key, revoked ones included, newest first.</summary>
    [Alias("List")] ValueTask<ImmutableArray<ApiKeyRecord>> ListAsync();

    /// <summary>Marks the key revoked (idempotent); null if there is no such key.</summary>
    [Alias("Revoke")] ValueTask<ApiKeyRecord?> RevokeAsync(Guid id, DateTimeOffset at);

    /// <summary>The key with this SHA-256 hash, revoked or not; null if unknown. Called on every API-key request.</summary>
    [ReadOnly, Alias("FindByHash")] ValueTask<ApiKeyRecord?> FindByHashAsync(string hash);
}
