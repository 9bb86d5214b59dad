using BankHire.Integrations;
using BankHire.Tests.Grains;
using BankHire.Tests.Support;

namespace BankHire.Tests.Integrations;

/// <summary>
/// The address is checked again when a delivery is sent: a subscription whose host now resolves to an internal address
/// (its DNS changed after it was accepted) gets nothing sent, and its log says why.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class WebhookDeliveryGuardTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_host_that_now_resolves_to_loopback_is_refused_at_delivery_and_logged()
    {
        await using var receiver = new WebhookReceiver();
        var port = new Uri(receiver.Url).Port;
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IWebhookSubscriptionGrain>(id);
        // Stored as if accepted earlier: "localhost" is not on the test allow-list (only 127.0.0.1 is).
        await grain.CreateAsync(new WebhookSubscription(id, $"http://localhost:{port}/hooks/", "guard-test-secret-0123", [WebhookEventTypes.InterviewCompleted], fixture.Clock.GetUtcNow(), "test"));

        await grain.EnqueueAsync(new WebhookEvent(Guid.NewGuid(), WebhookEventTypes.InterviewCompleted, fixture.Clock.GetUtcNow(), """{"interviewId":"x"}"""));

        var refused = await Eventually.ReturnsAsync(async () => (await grain.DeliveriesAsync()).Single(), d => d.Attempts == 1, TimeSpan.FromSeconds(20), "the first try");
        Assert.Equal(WebhookDeliveryStatus.Failed, refused.Status);
        Assert.Contains("'localhost' resolves to", refused.LastError);
        Assert.Contains("loopback", refused.LastError);
        Assert.Null(refused.LastStatusCode);
        Assert.Empty(receiver.Requests);
        await grain.DeleteAsync();
    }
}
