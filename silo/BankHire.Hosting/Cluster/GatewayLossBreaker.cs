namespace BankHire.Hosting.Cluster;

/// <summary>
/// On a pure cluster client: when a gateway connection breaks, every grain call then in flight fails at once with
/// <see cref="SiloUnavailableException"/> (503 + Retry-After at the web) instead of waiting out the 30 s response
/// timeout. Orleans 10 answers neither the calls sent through a dead gateway nor those a live gateway forwarded to
/// the dead silo until that timeout (dotnet/orleans#10165); a silo does break its own calls to a dead silo, so
/// co-hosted web nodes do not need this. A call that was about to succeed through the other gateway is failed too:
/// the caller repeats it, as a 503 tells it to.
/// </summary>
internal sealed class GatewayLossBreaker : IOutgoingGrainCallFilter
{
    private TaskCompletionSource _lost = NewSignal();

    public void OnGatewayCountChanged(object? sender, GatewayCountChangedEventArgs change)
    {
        if (change.NumberOfConnectedGateways < change.PreviousNumberOfConnectedGateways)
            Interlocked.Exchange(ref _lost, NewSignal()).TrySetResult();
    }

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var lost = Volatile.Read(ref _lost).Task;
        var call = context.Invoke();
        if (await Task.WhenAny(call, lost) == call)
        {
            await call;
            return;
        }
        // The abandoned call still ends, with the response timeout at the latest; its failure is expected and ignored.
        _ = call.ContinueWith(static abandoned => abandoned.Exception, TaskContinuationOptions.OnlyOnFaulted);
        throw new SiloUnavailableException(
            $"The connection to a gateway broke while {context.InterfaceName}.{context.MethodName} was in flight; its outcome is unknown, retry it.");
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
