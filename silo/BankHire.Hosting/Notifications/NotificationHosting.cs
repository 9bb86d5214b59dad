using BankHire.Notifications;
using BankHire.Notifications.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Hosting.Notifications;

public static class NotificationHosting
{
    /// <summary>The channels the notification grains send through, configured from "BankHire:Notifications".</summary>
    public static IServiceCollection AddBankHireNotifications(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBankHireNotifications(configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions());

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
