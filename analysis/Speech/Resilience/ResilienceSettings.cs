namespace BankHire.Analysis.Speech.Resilience;

/// <summary>
/// How hard to try one engine: <see cref="MaxRetries"/> more attempts after a transient failure, waiting
/// <see cref="FirstBackoff"/> doubled each time (or what Retry-After asks, up to <see cref="MaxBackoff"/>); after
/// <see cref="BreakAfterFailures"/> failed calls in a row the engine is not called for <see cref="BreakFor"/>.
/// </summary>
public sealed record ResilienceSettings
{
    public int MaxRetries { get; init; } = 2;

    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(0.5);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    public int BreakAfterFailures { get; init; } = 5;

    public TimeSpan BreakFor { get; init; } = TimeSpan.FromSeconds(30);

    public static readonly ResilienceSettings Default = new();
}
