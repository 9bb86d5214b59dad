using System.Text;
using BankHire.Integrations;
using BankHire.Tests.Grains;
using BankHire.Tests.Support;

namespace BankHire.Tests.Integrations;

/// <summary>Backoff on the silo's clock: each refusal doubles the wait, and a due retry is sent when the reminder (here: RetryDue) fires.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WebhookRetryGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Refusals_wait_doubling_delays_and_the_delivery_is_stored_before_it_is_sent()
    {
        await using var receiver = new WebhookReceiver();
        var refusals = 0;
        receiver.Refuse = _ => Interlocked.Increment(ref refusals) <= 2;
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IWebhookSubscriptionGrain>(id);
        await grain.CreateAsync(new WebhookSubscription(id, receiver.Url, "grain-test-secret-0123", [WebhookEventTypes.InterviewCompleted], fixture.Clock.GetUtcNow(), "test"));
        var e = new WebhookEvent(Guid.NewGuid(), WebhookEventTypes.InterviewCompleted, fixture.Clock.GetUtcNow(), """{"interviewId":"x"}""");

        await grain.EnqueueAsync(e);
        Assert.Single(await grain.DeliveriesAsync());

        var first = await Eventually.ReturnsAsync(async () => (await grain.DeliveriesAsync()).Single(), d => d.Attempts == 1, TimeSpan.FromSeconds(20), "the first try");
        Assert.Equal(WebhookDeliveryStatus.Failed, first.Status);
        Assert.Equal(first.LastAttemptAt + TimeSpan.FromSeconds(10), first.NextAttemptAt);

        fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        await grain.RetryDueAsync();
        var second = await Eventually.ReturnsAsync(async () => (await grain.DeliveriesAsync()).Single(), d => d.Attempts == 2, TimeSpan.FromSeconds(20), "the second try");
        Assert.Equal(WebhookDeliveryStatus.Failed, second.Status);
        Assert.Equal(second.LastAttemptAt + TimeSpan.FromSeconds(20), second.NextAttemptAt);

        fixture.Clock.Advance(TimeSpan.FromSeconds(20));
        await grain.RetryDueAsync();
        var delivered = await Eventually.ReturnsAsync(async () => (await grain.DeliveriesAsync()).Single(), d => d.Attempts == 3, TimeSpan.FromSeconds(20), "the third try");
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivered.Status);
        Assert.Null(delivered.NextAttemptAt);
        Assert.Equal(3, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal(Encoding.UTF8.GetString(WebhookEvents.Body(e)), Encoding.UTF8.GetString(r.Body)));

        await grain.DeleteAsync();
        Assert.Null(await grain.GetAsync());
    }
}
