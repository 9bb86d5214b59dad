namespace BankHire.Answers;

/// <summary>The silo an activation runs on, as reports show it.</summary>
internal static class SiloName
{
    public static string Of(IGrainBase grain) => grain.GrainContext.Address.SiloAddress?.ToString() ?? "unknown";
}
