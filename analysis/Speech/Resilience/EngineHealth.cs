namespace BankHire.Analysis.Speech.Resilience;

/// <summary>What an operator needs to know about one engine: is it being called, when did it last work or fail, and why;
/// how many segments it is transcribing now and how many wait for it (<see cref="BoundedSpeechToText"/>).</summary>
public sealed record EngineHealth(
    string Engine,
    IReadOnlyList<string> Languages,
    CircuitState Circuit,
    DateTimeOffset? OpenUntil,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastFailure,
    long Calls,
    long Failures,
    int Running = 0,
    int Waiting = 0,
    int MaxConcurrentCalls = 0);
