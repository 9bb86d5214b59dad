using BankHire.Banks;
using BankHire.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Banks;

public static class BankEndpoints
{
    public static void MapBank(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bank").WithTags("Bank");
        group.MapGet("/", GetAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("The bank and its branches.");
        group.MapPut("/", SetAsync).RequireAuthorization(AuthPolicies.Admin).WithSummary("Sets the bank's profile and branches.");
    }

    private static async Task<Results<Ok<BankProfile>, NotFound>> GetAsync(IGrainFactory grains) =>
        await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync() is { } bank ? TypedResults.Ok(bank) : TypedResults.NotFound();

    private static async Task<BankProfile> SetAsync(BankProfileRequest profile, IGrainFactory grains) =>
        await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).SetAsync(profile.ToProfile());
}
