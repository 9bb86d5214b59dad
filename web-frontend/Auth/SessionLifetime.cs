using BankHire.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Auth;

/// <summary>
/// A session slides for 8 h of activity but never outlives 12 h from sign-in, however active; the sign-in time rides in
/// the cookie's properties, which renewals keep. Then the security stamp check (logout revocation) runs.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);
    private const string SignedInAt = "bankhire.signedInAt";

    public static void Apply(CookieAuthenticationOptions options)
    {
        options.Events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInAt, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            if (!context.Properties.Items.TryGetValue(SignedInAt, out var at) || !long.TryParse(at, out var seconds)
                || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > Absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        };
    }
}
