using System.Net;
using System.Net.Sockets;

namespace BankHire.Tests.Support;

public static class FreePorts
{
    // Below Linux's ephemeral range (32768–60999): a port the OS hands out for listener 0 is also what it hands out
    // for outgoing connections, so one picked there could be taken by any client before the silo binds it (it was:
    // "address already in use" in a full run). Here only listeners live; each is checked free when handed out.
    private const int First = 20_000;
    private const int Last = 32_000;
    private static int next = First + Random.Shared.Next(Last - First);

    /// <summary>Ports free now and handed out to no one else in this process; several tests run silos side by side.</summary>
    public static int[] Take(int count)
    {
        var ports = new List<int>(count);
        for (var tries = 0; ports.Count < count; tries++)
        {
            if (tries > Last - First) throw new InvalidOperationException("No free port between 20000 and 32000.");
            var port = First + (Interlocked.Increment(ref next) - First) % (Last - First);
            if (IsFree(port)) ports.Add(port);
        }
        return [.. ports];
    }

    private static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
