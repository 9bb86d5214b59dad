namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>Where the PostgreSQL storage tests find their server: env var BANKHIRE_TEST_POSTGRES.
/// Unset, they are skipped on a developer machine and fail on CI (CI=true), so CI cannot pass without them.</summary>
internal static class PostgresTestEnvironment
{
    public const string VariableName = "BANKHIRE_TEST_POSTGRES";

    private const string HowToSetUp =
        "Run: export " + VariableName + "=\"$(deploy/postgres/dev-setup.sh | tail -n 1)\"";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason =>
        ConnectionString is null && !IsCi ? $"{VariableName} is not set. {HowToSetUp}" : null;

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{VariableName} is not set, and CI=true requires the PostgreSQL storage tests to run. {HowToSetUp}");
}
