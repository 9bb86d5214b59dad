namespace BankHire.Integrations;

[GenerateSerializer, Alias("bankhire.WebhookSubscriptionState")]
public sealed class WebhookSubscriptionState
{
    [Id(0)] public WebhookSubscription? Subscription { get; set; }

    /// <summary>The delivery log, oldest first.</summary>
    [Id(1)] public List<WebhookDelivery> Deliveries { get; set; } = [];

    /// <summary>The event of each delivery that may still be tried (dropped once delivered or given up).</summary>
    [Id(2)] public Dictionary<Guid, WebhookEvent> Pending { get; set; } = [];
}
