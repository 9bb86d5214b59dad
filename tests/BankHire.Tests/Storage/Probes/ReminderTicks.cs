using System.Collections.Concurrent;

namespace BankHire.Tests.Storage.Probes;

/// <summary>Reminder ticks received per probe grain key; the test silos run in the test process.</summary>
internal static class ReminderTicks
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();

    public static void Record(string grainKey) => Counts.AddOrUpdate(grainKey, 1, (_, count) => count + 1);

    public static int Count(string grainKey) => Counts.GetValueOrDefault(grainKey);

    public static void Reset(string grainKey) => Counts.TryRemove(grainKey, out _);
}
