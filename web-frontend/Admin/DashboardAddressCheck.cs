using BankHire.Web.Problems;

namespace BankHire.Web.Admin;

/// <summary>
/// The Orleans dashboard's per-silo routes (<c>/dashboard/SiloStats/{address}</c> …) fail with a 500 on an address
/// that is not a silo address; this answers such a request with a 400 before the dashboard parses it.
/// </summary>
public static class DashboardAddressCheck
{
    public static IApplicationBuilder UseDashboardAddressCheck(this IApplicationBuilder app, string prefix) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path.StartsWith(prefix + "/Silo", StringComparison.OrdinalIgnoreCase))
            {
                var segments = path[prefix.Length..].Split('/', 3, StringSplitOptions.RemoveEmptyEntries);
                if (segments.Length < 2 || !IsSiloAddress(Uri.UnescapeDataString(segments[1])))
                    throw ApiProblemException.Invalid("address", "The dashboard needs a silo address such as 10.0.0.5:11111@123456789.");
            }
            await next(context);
        });

    private static bool IsSiloAddress(string text)
    {
        try
        {
            return SiloAddress.FromParsableString(text) is not null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
