using BankHire.Banks;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Banks;

public static class BankEndpoints
{
    public static void MapBank(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bank").WithTags("Bank");
        group.MapGet("/", async (IGrainFactory grains) =>
                await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync() is { } bank ? Results.Ok(bank) : Results.NotFound())
            .RequireAuthorization(AuthPolicies.AnyHr).WithSummary("The bank and its branches.");
        group.MapPut("/", async (BankProfile profile, IGrainFactory grains) =>
            {
                Require.Text(profile.NameZh, "nameZh");
                Require.Text(profile.NameEn, "nameEn");
                if (profile.Branches.IsDefault) throw ApiProblemException.Invalid("branches", "'branches' is required.");
                for (var i = 0; i < profile.Branches.Length; i++)
                {
                    var b = profile.Branches[i];
                    Require.Text(b.Code, $"branches[{i}].code", 32);
                    Require.Range(b.Latitude, -90, 90, $"branches[{i}].latitude");
                    Require.Range(b.Longitude, -180, 180, $"branches[{i}].longitude");
                    Require.Range(b.GeofenceMeters, 10, 10_000, $"branches[{i}].geofenceMeters");
                    var extra = b.ExtraLocations ?? [];
                    for (var j = 0; j < extra.Length; j++)
                    {
                        var at = $"branches[{i}].extraLocations[{j}]";
                        Require.Text(extra[j].Name, $"{at}.name", 100);
                        Require.Range(extra[j].Latitude, -90, 90, $"{at}.latitude");
                        Require.Range(extra[j].Longitude, -180, 180, $"{at}.longitude");
                        Require.Range(extra[j].RadiusMeters, 10, 10_000, $"{at}.radiusMeters");
                    }
                }
                return await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).SetAsync(profile);
            })
            .RequireAuthorization(AuthPolicies.Admin).WithSummary("Sets the bank's profile and branches.");
    }
}
