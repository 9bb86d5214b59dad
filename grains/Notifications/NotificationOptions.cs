namespace BankHire.Notifications;

/// <summary>The "BankHire:Notifications" configuration section: where messages go and how failures are retried.</summary>
public sealed class NotificationOptions
{
    public const string Section = "BankHire:Notifications";

    public SmtpOptions Smtp { get; set; } = new();

    public GatewayOptions Gateway { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();

    /// <summary>The time zone dates in messages are written in (IANA id).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Where people reach this installation, for links a grain writes itself (the welcome's employee sign-in link).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}

public sealed class SmtpOptions
{
    /// <summary>The SMTP server; empty means e-mail is not configured and every e-mail delivery fails with that reason.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (required), StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's names).</summary>
    public string Security { get; set; } = "StartTls";

    public string From { get; set; } = "recruiting@bank.example";

    public string FromName { get; set; } = "BankHire";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 20;
}

public sealed class GatewayOptions
{
    /// <summary>The SMS / WeChat gateway's webhook URL; empty means those channels are not configured.</summary>
    public string? Url { get; set; }

    /// <summary>The shared secret for the HMAC-SHA256 signature of each request.</summary>
    public string? Secret { get; set; }

    public int TimeoutSeconds { get; set; } = 10;
}

public sealed class RetryOptions
{
    /// <summary>Tries per delivery before it is left failed for HR to see.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the second try; it doubles after each failure up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan NextDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 30))));
}
