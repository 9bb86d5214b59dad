using BankHire.Identity;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Identity;

/// <summary>
/// Creates the first HR admin from configuration (BankHire:Admin:UserName / BankHire:Admin:Password, e.g.
/// environment variables) once the cluster is up. No password is ever committed: run.sh generates one.
/// </summary>
internal sealed class AdminBootstrapper(IServiceProvider services, IConfiguration configuration, ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureAdminAsync(CancellationToken ct)
    {
        var userName = configuration["BankHire:Admin:UserName"];
        var password = configuration["BankHire:Admin:Password"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("No first admin configured (BankHire:Admin:UserName / BankHire:Admin:Password).");
            return;
        }
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HrUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var admin = new HrUser { UserName = userName, Roles = [HrRoles.Admin] };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create the first admin: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        logger.LogInformation("Created the first HR admin {UserName}", userName);
    }
}
