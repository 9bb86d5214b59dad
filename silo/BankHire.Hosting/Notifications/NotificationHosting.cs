using BankHire.Notifications;
using BankHire.Notifications.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Hosting.Notifications;

public static class NotificationHosting
{
    /// <summary>
    /// The channels the notification grains send through, configured from "BankHire:Notifications"; links a grain writes
    /// itself start with the installation's one public address (BankHire:PublicBaseUrl, else the first of Urls), as the
    /// candidate links do, unless the section names its own.
    /// </summary>
    public static IServiceCollection AddBankHireNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NotificationOptions.Section);
        var options = section.Get<NotificationOptions>() ?? new NotificationOptions();
        var publicBase = configuration["BankHire:PublicBaseUrl"] is { Length: > 0 } configured
            ? configured
            : configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(section[nameof(NotificationOptions.PublicBaseUrl)]) && publicBase is not null) options.PublicBaseUrl = publicBase;
        return services.AddBankHireNotifications(options);
    }

    public static IServiceCollection AddBankHireNotifications(this IServiceCollection services, NotificationOptions options)
    {
        services.AddSingleton(options);
        // One pooled client for the gateway, recycled so DNS changes are picked up.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<IInvitationChannel>(new EmailChannel(options));
        services.AddSingleton<IInvitationChannel>(new GatewayChannel(InvitationChannel.Sms, options, http));
        services.AddSingleton<IInvitationChannel>(new GatewayChannel(InvitationChannel.WeChat, options, http));
        return services;
    }
}
