namespace BankHire.Audit;

public static class AuditTrailGrainLimits
{
    /// <summary>The most entries one query answers.</summary>
    public const int MaxPageSize = 1000;
}
