using System.Reflection;
using System.Text.RegularExpressions;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;
using Orleans.Storage;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>The OrleansQuery keys the Orleans ADO.NET providers we reference look up, read from their own
/// code, so that an Orleans upgrade that needs a new query fails a test instead of a silo start.</summary>
internal static partial class OrleansQueryKeys
{
    public static IReadOnlySet<string> Clustering => StoredQueryKeys(typeof(AdoNetClusteringTable).Assembly);

    // Looked up by name when present (DbStoredQueries.GetCleanupDefunctSiloEntryQuery); we install it.
    public static IReadOnlySet<string> OptionalClustering { get; } = new HashSet<string> { "CleanupDefunctSiloEntryKey" };

    public static IReadOnlySet<string> Reminders => StoredQueryKeys(typeof(AdoNetReminderTableOptions).Assembly);

    // Grain storage asks for its queries by name in one SELECT (DeleteStorageKey only with DeleteStateOnClear).
    public static IReadOnlySet<string> Persistence =>
        QuotedKey().Matches(AdoNetGrainStorage.DefaultInitializationQuery).Select(m => m.Groups[1].Value).ToHashSet();

    // DbStoredQueries checks at start-up that every one of its non-public "…Key" properties has a row.
    private static HashSet<string> StoredQueryKeys(Assembly assembly)
    {
        var storedQueries = assembly.GetTypes().Single(t => t.Name == "DbStoredQueries");
        var keys = storedQueries.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic)
            .Select(p => p.Name)
            .ToHashSet();
        return keys.Count > 0 ? keys : throw new InvalidOperationException($"No query keys found in {assembly.GetName().Name}.");
    }

    [GeneratedRegex("'(\\w+Key)'")]
    private static partial Regex QuotedKey();
}
