using BankHire.Analysis.Speech.Engines;
using BankHire.Analysis.Speech.Resilience;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BankHire.Hosting.Speech;

/// <summary>
/// Each speech engine this silo uses: healthy while its circuit is closed, degraded while an engine is resting after
/// failures (the app still serves; spoken answers in that language go to human review meanwhile). A language without
/// an engine is listed so an operator sees that its spoken answers cannot be judged.
/// </summary>
public sealed class SpeechEnginesHealthCheck(SpeechEngines engines) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = engines.Health;
        var data = health.ToDictionary(h => h.Engine, h => (object)Describe(h));
        foreach (var language in new[] { "zh", "en" }.Where(l => !engines.Languages.Contains(l)))
            data[$"no engine ({language})"] = $"spoken '{language}' answers are not transcribed: typed answers only, else human review";
        var resting = health.Where(h => h.Circuit != CircuitState.Closed).Select(h => h.Engine).ToList();
        var description = string.Join("; ", data.Select(d => $"{d.Key}: {d.Value}"));
        return Task.FromResult(resting.Count == 0
            ? HealthCheckResult.Healthy(description, data)
            : HealthCheckResult.Degraded(description, data: data));
    }

    private static string Describe(EngineHealth h)
    {
        var state = h.Circuit switch
        {
            CircuitState.Open => $"resting after failures until {h.OpenUntil:HH:mm:ss} UTC",
            CircuitState.HalfOpen => "trying again",
            _ => "ready",
        };
        var last = h.LastFailure is null ? "" : $", last failure {h.LastFailureAt:HH:mm:ss}: {h.LastFailure}";
        return $"{string.Join("/", h.Languages)} {state}; {h.Calls} calls, {h.Failures} failed{last}; " +
            $"{h.Running} of {h.MaxConcurrentCalls} segments transcribing, {h.Waiting} waiting";
    }
}
