using BankHire.Analysis.Resumes.Extraction;
using BankHire.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BankHire.Hosting.Security;

public static class SecretServices
{
    public const string IdNumberKeySetting = "BankHire:Security:IdNumberKey";

    /// <summary>Keys the grains use: the one that hashes national ID numbers.</summary>
    public static IServiceCollection AddBankHireSecrets(this IServiceCollection services, StorageOptions storage)
    {
        services.TryAddSingleton(sp => new IdNumberHasher(
            SecretKey.Load(sp.GetService<IConfiguration>(), storage, IdNumberKeySetting, "id-number.key")));
        return services;
    }
}
