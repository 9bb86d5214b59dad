using System.Diagnostics;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>Polls a condition until it holds or a deadline passes: waits only as long as needed.</summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout, string description)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"Not true within {timeout.TotalSeconds:0} s: {description}");
            }
            await Task.Delay(PollInterval);
        }
    }
}
