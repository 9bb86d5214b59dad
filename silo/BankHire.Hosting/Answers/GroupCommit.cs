using System.Threading.Channels;

namespace BankHire.Hosting.Answers;

/// <summary>
/// Many writers, one transaction: items queued while a commit is under way go into the next commit together, so a
/// burst of uploads pays for one durable flush (fsync) instead of one each — SQLite serialises its writers, and a
/// commit's flush, not the insert, is what limits acknowledged chunks per second. A caller's task completes only
/// after the transaction holding its item has committed. A batch that fails is retried one item at a time, so a bad
/// item fails alone. One loop per instance; it starts with the first item.
/// </summary>
public sealed class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    /// <summary>Commits the items in one transaction and returns one result per item, in order.</summary>
    public delegate Task<IReadOnlyList<TResult>> CommitBatch(IReadOnlyList<TItem> items, CancellationToken cancellation);

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new() { SingleReader = true });
    private readonly CommitBatch commit;
    private readonly int maxBatch;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lazy<Task> loop;

    public GroupCommit(CommitBatch commit, int maxBatch)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBatch);
        this.commit = commit;
        this.maxBatch = maxBatch;
        loop = new(() => Task.Run(RunAsync));
    }

    /// <summary>Queues the item; the task ends when it is committed (or its commit failed).</summary>
    public Task<TResult> EnqueueAsync(TItem item, CancellationToken cancellation = default)
    {
        var pending = new Pending(item);
        if (!queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(GroupCommit<TItem, TResult>));
        _ = loop.Value;
        // A caller that gives up stops waiting; its item may still be committed, which a resend then finds.
        return pending.Done.Task.WaitAsync(cancellation);
    }

    private async Task RunAsync()
    {
        var reader = queue.Reader;
        var batch = new List<Pending>(maxBatch);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < maxBatch && reader.TryRead(out var next)) batch.Add(next);
            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            Complete(batch, await commit([.. batch.Select(p => p.Item)], stopping.Token));
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var pending in batch) await CommitAsync([pending]);
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    private static void Complete(List<Pending> batch, IReadOnlyList<TResult> results)
    {
        if (results.Count != batch.Count)
            throw new InvalidOperationException($"A commit of {batch.Count} items returned {results.Count} results.");
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (loop.IsValueCreated)
        {
            // Items already queued are committed before the store goes away; a stuck database is cut off.
            stopping.CancelAfter(TimeSpan.FromSeconds(10));
            await loop.Value.ConfigureAwait(false);
        }
        stopping.Dispose();
    }

    private sealed class Pending(TItem item)
    {
        public TItem Item { get; } = item;
        public TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
