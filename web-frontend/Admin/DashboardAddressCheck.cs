using BankHire.Web.Problems;

namespace BankHire.Web.Admin;

/// <summary>
/// The Orleans dashboard's per-silo routes (<c>/dashboard/SiloStats/{address}</c> …, <c>/dashboard/HistoricalStats/{address}</c>) fail with a 500 on an address
/// that is not a silo address; this answers such a request with a 400 before the dashboard parses it.
/// </summary>
public static class DashboardAddressCheck
{
    public static IApplicationBuilder UseDashboardAddressCheck(this IApplicationBuilder app, string prefix) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path.StartsWith(prefix + "/Silo", StringComparison.OrdinalIgnoreCase) || path.StartsWith(prefix + "/HistoricalStats", StringComparison.OrdinalIgnoreCase))
            {
                var segments = path[prefix.Length..].Split('/', 3, StringSplitOptions.RemoveEmptyEntries);
                if (segments.Length < 2 || Parse(Uri.UnescapeDataString(segments[1])) is not { } address)
                    throw ApiProblemException.Invalid("address", "The dashboard needs a silo address such as 10.0.0.5:11111@123456789.");
                // An address of no silo in the cluster would make the dashboard wait for it and answer 503.
                var hosts = await context.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
                if (!hosts.ContainsKey(address))
                    throw ApiProblemException.NotFound($"Silo {address.ToParsableString()}", "address");
            }
            await next(context);
        });

    private static SiloAddress? Parse(string text)
    {
        try
        {
            return SiloAddress.FromParsableString(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException or System.Net.Sockets.SocketException)
        {
            return null;
        }
    }
}
