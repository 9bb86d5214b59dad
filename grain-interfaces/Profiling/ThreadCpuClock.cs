using System.Runtime.InteropServices;

namespace BankHire.Profiling;

/// <summary>
/// CPU time the calling thread has used, from the kernel (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what a synchronous
/// piece of work cost in CPU whatever else the machine was doing, which wall time on a shared 2-core machine is not.
/// Null where the clock is not available.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    public static TimeSpan? Now() => Available && TryRead(out var now) ? now : null;

    private static bool TryRead(out TimeSpan value)
    {
        try
        {
            if (clock_gettime(ThreadCpuTimeId, out var spec) == 0)
            {
                value = TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
        value = default;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clockId, out TimeSpec spec);
}
