using BankHire.Audit;
using BankHire.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Compliance;

/// <summary>
/// Many audited steps at once (a campus peak): the one audit trail grain stores them in bursts, and each caller still
/// gets its own entry, every entry a seq of its own, the chain whole.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTrailBurstTests(ApiFactory api)
{
    [Fact]
    public async Task Concurrent_appends_each_get_their_own_entry_in_one_unbroken_chain()
    {
        var trail = api.Services.GetRequiredService<IGrainFactory>().GetGrain<IAuditTrailGrain>(IAuditTrailGrain.Key);
        var run = Guid.NewGuid().ToString("N")[..8];
        var events = Enumerable.Range(0, 300).Select(i => new AuditEvent(DateTimeOffset.UtcNow, $"burst-{run}-{i}", "candidate", "", "change",
            "POST", "/api/candidate/interview/complete", "/api/candidate/interview/complete", $"interview:{run}", "interview", "own interview", 200,
            null, null, null)).ToList();

        var entries = await Task.WhenAll(events.Select(trail.AppendAsync));

        Assert.Equal(events.Select(e => e.Actor), entries.Select(e => e.Event.Actor));
        var seqs = entries.Select(e => e.Seq).Order().ToList();
        Assert.Equal(seqs.Count, seqs.Distinct().Count());
        Assert.True((await trail.VerifyAsync()).Intact);
    }
}
