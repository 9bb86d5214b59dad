using BankHire.Hosting.Answers;

namespace BankHire.Tests.Hosting;

/// <summary>Many writers share a commit; each learns its own item's fate, and only after its commit.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Items_queued_during_a_commit_share_the_next_one_and_each_caller_gets_its_own_result()
    {
        var batches = new List<int[]>();
        var firstCommitMayEnd = new TaskCompletionSource();
        var firstCommitStarted = new TaskCompletionSource();
        await using var commits = new GroupCommit<int, string>(async (items, _) =>
        {
            lock (batches) batches.Add([.. items]);
            if (batches.Count == 1)
            {
                firstCommitStarted.SetResult();
                await firstCommitMayEnd.Task;
            }
            return [.. items.Select(i => $"committed {i}")];
        }, maxBatch: 64);

        var first = commits.EnqueueAsync(0);
        await firstCommitStarted.Task;
        var queuedMeanwhile = Enumerable.Range(1, 10).Select(i => commits.EnqueueAsync(i)).ToList();
        Assert.All(queuedMeanwhile, task => Assert.False(task.IsCompleted)); // nothing answered before its commit
        firstCommitMayEnd.SetResult();

        Assert.Equal("committed 0", await first);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"committed {i}"), await Task.WhenAll(queuedMeanwhile));
        Assert.Equal([[0], [.. Enumerable.Range(1, 10)]], batches);
    }

    [Fact]
    public async Task A_batch_larger_than_the_limit_is_split()
    {
        var sizes = new List<int>();
        var gate = new TaskCompletionSource();
        await using var commits = new GroupCommit<int, int>(async (items, _) =>
        {
            lock (sizes) sizes.Add(items.Count);
            await gate.Task;
            return items;
        }, maxBatch: 4);

        var all = Enumerable.Range(0, 9).Select(i => commits.EnqueueAsync(i)).ToList();
        gate.SetResult();

        Assert.Equal(Enumerable.Range(0, 9), await Task.WhenAll(all));
        Assert.All(sizes, size => Assert.InRange(size, 1, 4));
        Assert.Equal(9, sizes.Sum());
    }

    [Fact]
    public async Task When_a_shared_commit_fails_the_items_are_retried_alone_and_only_the_bad_one_fails()
    {
        var gate = new TaskCompletionSource();
        var calls = 0;
        await using var commits = new GroupCommit<int, int>(async (items, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1) await gate.Task;
            if (items.Contains(13)) throw new InvalidOperationException("item 13 breaks its transaction");
            return [.. items.Select(i => i * 2)];
        }, maxBatch: 64);

        var head = commits.EnqueueAsync(1);
        var batch = new[] { 12, 13, 14 }.Select(i => commits.EnqueueAsync(i)).ToList();
        gate.SetResult();

        Assert.Equal(2, await head);
        Assert.Equal(24, await batch[0]);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => batch[1]);
        Assert.Contains("item 13", failure.Message);
        Assert.Equal(28, await batch[2]);
    }

    [Fact]
    public async Task Disposing_commits_what_is_already_queued_and_refuses_new_items()
    {
        var committed = new List<int>();
        var gate = new TaskCompletionSource();
        var commits = new GroupCommit<int, bool>(async (items, _) =>
        {
            await gate.Task;
            lock (committed) committed.AddRange(items);
            return [.. items.Select(_ => true)];
        }, maxBatch: 64);
        var queued = Enumerable.Range(0, 5).Select(i => commits.EnqueueAsync(i)).ToList();

        var disposing = commits.DisposeAsync().AsTask();
        Assert.Throws<ObjectDisposedException>(() => { _ = commits.EnqueueAsync(99); });
        gate.SetResult();
        await disposing;

        Assert.All(await Task.WhenAll(queued), stored => Assert.True(stored));
        Assert.Equal(Enumerable.Range(0, 5), committed.Order());
    }
}
