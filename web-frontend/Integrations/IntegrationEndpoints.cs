using System.Collections.Immutable;
using System.Security.Cryptography;
using BankHire.Integrations;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Integrations;

/// <summary>API keys for integration clients (admins) and outgoing webhook subscriptions (admins or webhooks:manage keys).</summary>
public static class IntegrationEndpoints
{
    public static void MapIntegrations(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/integrations/keys").WithTags("Integrations").RequireAuthorization(AuthPolicies.Admin);
        keys.MapPost("", CreateKeyAsync).WithSummary("Creates an API key with the given scopes; the key is in this answer only (only its SHA-256 is stored).");
        keys.MapGet("", ListKeysAsync)
            .WithSummary("Every API key, newest first, without secrets.");
        keys.MapDelete("/{id:guid}", RevokeKeyAsync)
            .WithSummary("Revokes the key: requests with it are refused with 401 from now on.");

        var hooks = app.MapGroup("/api/integrations/webhooks").WithTags("Integrations").RequireAuthorization(ApiKeyAuthentication.WebhooksPolicy);
        hooks.MapPost("", CreateWebhookAsync)
            .WithSummary("Subscribes a URL to events (candidate.stage_changed, interview.completed, interview.report_ready); signed with HMAC-SHA256.");
        hooks.MapGet("", ListWebhooksAsync).WithSummary("Every webhook subscription, without secrets.");
        hooks.MapGet("/{id:guid}", GetWebhookAsync).WithSummary("One webhook subscription, without its secret.");
        hooks.MapDelete("/{id:guid}", DeleteWebhookAsync).WithSummary("Deletes the subscription; nothing more is sent to it.");
        hooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync)
            .WithSummary("The delivery log, newest first: event, status, attempts, last status code and error, next retry.");
    }

    private static async Task<IEnumerable<ApiKeyView>> ListKeysAsync(IGrainFactory grains) => (await Keys(grains).ListAsync()).Select(ApiKeyView.Of);

    private static async Task<ApiKeyView> RevokeKeyAsync(Guid id, IGrainFactory grains, TimeProvider clock) =>
        ApiKeyView.Of(await Keys(grains).RevokeAsync(id, clock.GetUtcNow()) ?? throw ApiProblemException.NotFound($"API key {id}", "id"));

    private static async Task<IEnumerable<WebhookView>> ListWebhooksAsync(IGrainFactory grains)
    {
        var ids = await Dispatcher(grains).ListAsync();
        var subscriptions = await Task.WhenAll(ids.Select(id => grains.GetGrain<IWebhookSubscriptionGrain>(id).GetAsync().AsTask()));
        return subscriptions.OfType<WebhookSubscription>().Select(WebhookView.Of);
    }

    private static async Task<WebhookView> GetWebhookAsync(Guid id, IGrainFactory grains) => WebhookView.Of(await ExistingAsync(grains, id));

    private static async Task<NoContent> DeleteWebhookAsync(Guid id, IGrainFactory grains)
    {
        await ExistingAsync(grains, id);
        await Dispatcher(grains).RemoveAsync(id);
        await grains.GetGrain<IWebhookSubscriptionGrain>(id).DeleteAsync();
        return TypedResults.NoContent();
    }

    private static async Task<ImmutableArray<WebhookDelivery>> DeliveriesAsync(Guid id, IGrainFactory grains)
    {
        await ExistingAsync(grains, id);
        return await grains.GetGrain<IWebhookSubscriptionGrain>(id).DeliveriesAsync();
    }

    private static async Task<Created<CreatedApiKey>> CreateKeyAsync(CreateApiKeyRequest request, IGrainFactory grains, TimeProvider clock, HttpContext http)
    {
        var name = request.Name.Trim();
        var scopes = KnownValues.Check(request.Scopes, ApiKeyScopes.All, "scopes", "scope");
        var (key, hash) = ApiKeySecrets.New();
        var record = new ApiKeyRecord(Guid.NewGuid(), name, scopes, hash, ApiKeySecrets.Display(key), clock.GetUtcNow(), http.User.Identity!.Name!, null);
        if (!await Keys(grains).CreateAsync(record)) throw new ApiProblemException(409, "Conflict", "The key could not be stored; try again.");
        return TypedResults.Created($"/api/integrations/keys/{record.Id}", new CreatedApiKey(ApiKeyView.Of(record), key));
    }

    private static async Task<Created<CreatedWebhook>> CreateWebhookAsync(
        CreateWebhookRequest request, IGrainFactory grains, TimeProvider clock, IConfiguration configuration, HttpContext http)
    {
        var uri = request.Address();
        var events = KnownValues.Check(request.Events, WebhookEventTypes.All, "events", "event type");
        var secret = request.Secret ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await RequireNotInternalAsync(uri, configuration, http.RequestAborted);
        var subscription = new WebhookSubscription(Guid.NewGuid(), uri.ToString(), secret, events, clock.GetUtcNow(), http.User.Identity!.Name!);
        await grains.GetGrain<IWebhookSubscriptionGrain>(subscription.Id).CreateAsync(subscription);
        await Dispatcher(grains).AddAsync(subscription.Id, events);
        return TypedResults.Created($"/api/integrations/webhooks/{subscription.Id}", new CreatedWebhook(WebhookView.Of(subscription), secret));
    }

    /// <summary>
    /// Refuses a URL whose host is or resolves to an internal address (SSRF), unless it is allow-listed. A name that does
    /// not resolve yet reaches nothing and is accepted: every delivery checks the address again before it connects.
    /// </summary>
    private static async Task RequireNotInternalAsync(Uri uri, IConfiguration configuration, CancellationToken cancellation)
    {
        var allowed = configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>()?.AllowedHosts ?? [];
        try
        {
            await new WebhookAddressGuard(allowed).ResolveAsync(uri.IdnHost, cancellation);
        }
        catch (WebhookAddressRefusedException refused) when (!refused.Unresolved)
        {
            throw ApiProblemException.Invalid("url", refused.Message);
        }
        catch (WebhookAddressRefusedException)
        {
        }
    }

    private static async Task<WebhookSubscription> ExistingAsync(IGrainFactory grains, Guid id) =>
        await grains.GetGrain<IWebhookSubscriptionGrain>(id).GetAsync() ?? throw ApiProblemException.NotFound($"Webhook {id}", "id");

    private static IApiKeysGrain Keys(IGrainFactory grains) => grains.GetGrain<IApiKeysGrain>(IApiKeysGrain.Key);

    private static IWebhookDispatcherGrain Dispatcher(IGrainFactory grains) => grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Key);
}
