namespace BankHire.Integrations;

/// <summary>A webhook URL whose host is, or resolves to, an address webhooks may not reach (or does not resolve at all).</summary>
public sealed class WebhookAddressRefusedException(string host, string message) : Exception(message)
{
    public string Host { get; } = host;
}
