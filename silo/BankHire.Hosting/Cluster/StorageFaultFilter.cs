using Microsoft.Extensions.Logging;

namespace BankHire.Hosting.Cluster;

/// <summary>
/// At every grain's door: a storage fault raised inside a call (a state write, a chunk read) leaves the silo as a
/// <see cref="BankHire.Cluster.StorageUnavailableException"/>, which every client can deserialise and the web maps to
/// 503 + Retry-After. Other exceptions pass unchanged.
/// </summary>
internal sealed partial class StorageFaultFilter(ILogger<StorageFaultFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (StorageFaults.Find(exception) is { } fault)
        {
            LogStorageFault(logger, fault, context.InterfaceName, context.MethodName);
            throw StorageFaults.Translate(fault);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable during {Interface}.{Method}; the caller is told to retry")]
    private static partial void LogStorageFault(ILogger logger, Exception exception, string @interface, string method);
}
