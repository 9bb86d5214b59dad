using System.Reflection;
using BankHire.Hosting;

namespace BankHire.Tests.Deploy;

/// <summary>Whether an environment variable like BankHire__Storage__Provider binds to a real option.</summary>
public static class SettingKeys
{
    // Read straight from IConfiguration rather than bound to BankHireOptions.
    private static readonly HashSet<string> ReadDirectly =
    [
        "BankHire__Admin__UserName", "BankHire__Admin__Password", "BankHire__Demo__Seed", "BankHire__Security__InvitationKey",
    ];

    public static bool Binds(string variable)
    {
        if (!variable.StartsWith("BankHire__")) return true;
        if (ReadDirectly.Contains(variable)) return true;
        var type = typeof(BankHireOptions);
        foreach (var part in variable.Split("__").Skip(1))
        {
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite) return false;
            type = property.PropertyType;
        }
        return true;
    }
}
