namespace BankHire.Integrations;

/// <summary>The "BankHire:Integrations:Webhooks" configuration section: how webhook deliveries are sent and retried.</summary>
public sealed class WebhookOptions
{
    public const string Section = "BankHire:Integrations:Webhooks";

    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Tries per delivery before it is left failed in the log.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the second try; it doubles after each failure up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Deliveries kept per subscription in its log (oldest finished ones are dropped first).</summary>
    public int LogSize { get; set; } = 200;

    /// <summary>
    /// Hosts (names, addresses, or "*.domain") webhooks may reach even when they resolve to a loopback, private, link-local
    /// or metadata address, e.g. the bank's HR system on its internal network. Every other internal address is refused.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    public TimeSpan NextDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 30))));
}
