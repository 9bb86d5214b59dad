using System.Collections.Immutable;

namespace BankHire.Indexes;

/// <summary>
/// A named, durable set of ids used to list things (the jobs of the bank, the candidates of a job,
/// the employees, the HR users). Keys come from <see cref="IndexKeys"/>.
/// </summary>
[Alias("bankhire.IIndexGrain")]
public interface IIndexGrain : IGrainWithStringKey
{
    [Alias("Add")] ValueTask AddAsync(string id);

    [Alias("Remove")] ValueTask RemoveAsync(string id);

    [Alias("List")] ValueTask<ImmutableArray<string>> ListAsync();
}
