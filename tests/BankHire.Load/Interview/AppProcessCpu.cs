namespace BankHire.Load;

/// <summary>
/// CPU time used by the app's process (user + system, from /proc), so the pipeline's cost per frame can be measured
/// on a shared machine where wall-clock throughput depends on other tenants. Found by --app-pid or, on the same
/// machine, by the one process running BankHire.Web.dll.
/// </summary>
public sealed class AppProcessCpu(int pid)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public int Pid { get; } = pid;

    public static AppProcessCpu? Find(int? pid)
    {
        if (pid is { } given) return new AppProcessCpu(given);
        if (!Directory.Exists("/proc")) return null;
        var running = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var id) ? id : -1)
            .Where(id => id > 0 && CommandLine(id).Contains("BankHire.Web.dll", StringComparison.Ordinal))
            .ToList();
        return running.Count == 1 ? new AppProcessCpu(running[0]) : null;
    }

    /// <summary>Seconds of CPU the process has used so far.</summary>
    public double Seconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // Fields after the command name (which may hold spaces) start after the last ')': utime and stime are 14th and 15th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
