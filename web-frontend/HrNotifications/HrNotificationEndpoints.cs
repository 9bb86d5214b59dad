using BankHire.HrNotifications;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.HrNotifications;

/// <summary>GET /api/notifications: HR's in-app notices, newest first.</summary>
public static class HrNotificationEndpoints
{
    public const int MaxListed = 200;

    public static void MapHrNotifications(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications", ListAsync)
            .WithTags("Notifications")
            .RequireAuthorization(AuthPolicies.AnyHr);
    }

    private static async Task<System.Collections.Immutable.ImmutableArray<HrNotification>> ListAsync(int? max, IGrainFactory grains)
    {
        if (max is < 1 or > MaxListed) throw ApiProblemException.Invalid("max", $"'max' must be between 1 and {MaxListed}.");
        return await grains.GetGrain<IHrNotificationsGrain>(IHrNotificationsGrain.Key).ListAsync(max ?? 50);
    }
}
