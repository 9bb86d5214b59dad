using BankHire.Privacy;

namespace BankHire.Hosting.Encryption;

/// <summary>The grains' way to crypto-shred a candidate.</summary>
public sealed class DataKeyShredder(DataKeyStore keys) : IDataKeyShredder
{
    public Task<int> ShredAsync(Guid candidateId, IReadOnlyList<Guid> interviewIds, CancellationToken cancellation = default) =>
        keys.ShredAsync(candidateId, interviewIds, cancellation);
}
