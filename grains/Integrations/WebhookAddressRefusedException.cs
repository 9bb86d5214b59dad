namespace BankHire.Integrations;

/// <summary>
/// A webhook URL whose host is, or resolves to, an address webhooks may not reach; or (<see cref="Unresolved"/>) a name
/// that does not resolve at all, so nothing can be sent to it.
/// </summary>
public sealed class WebhookAddressRefusedException(string host, string message, bool unresolved = false) : Exception(message)
{
    public string Host { get; } = host;

    public bool Unresolved { get; } = unresolved;
}
