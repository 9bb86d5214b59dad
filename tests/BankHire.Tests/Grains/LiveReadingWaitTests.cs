using System.Reflection;
using BankHire.Answers;

namespace BankHire.Tests.Grains;

/// <summary>An answer's scoring waits for the scorers' live readings past Orleans' 30-s default: at a peak the scorers are
/// behind, and giving up meant analysing every stored chunk again, which put the silo further behind.</summary>
public sealed class LiveReadingWaitTests
{
    [Theory]
    [InlineData(typeof(IAudioScorerGrain), nameof(IAudioScorerGrain.VoiceAsync))]
    [InlineData(typeof(IAudioScorerGrain), nameof(IAudioScorerGrain.TranscriptAsync))]
    [InlineData(typeof(IVisionScorerGrain), nameof(IVisionScorerGrain.BelowAsync))]
    public void The_calls_for_an_answers_live_readings_wait_minutes_not_thirty_seconds(Type grain, string method)
    {
        var timeout = grain.GetMethod(method)!.GetCustomAttribute<ResponseTimeoutAttribute>();

        Assert.NotNull(timeout);
        Assert.True(timeout.Timeout >= TimeSpan.FromMinutes(5), $"{grain.Name}.{method}: {timeout.Timeout}");
    }
}
