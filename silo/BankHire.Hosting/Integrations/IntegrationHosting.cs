using BankHire.Integrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Hosting.Integrations;

public static class IntegrationHosting
{
    /// <summary>The webhook sender the subscription grains use, configured from "BankHire:Integrations:Webhooks".</summary>
    public static IServiceCollection AddBankHireIntegrations(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBankHireIntegrations(configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions());

    public static IServiceCollection AddBankHireIntegrations(this IServiceCollection services, WebhookOptions options)
    {
        // Its own client, whose every connection is checked against internal addresses (SSRF) and the allow-list.
        var http = WebhookHttp.CreateClient(new WebhookAddressGuard(options.AllowedHosts));
        services.AddSingleton(sp => new WebhookSender(options, http, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
