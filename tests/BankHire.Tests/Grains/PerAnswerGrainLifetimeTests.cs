using System.Reflection;
using BankHire.Answers;

namespace BankHire.Tests.Grains;

/// <summary>Grains that live for one answer leave memory after <see cref="ScorerLifetime.IdleMinutes"/> idle minutes, not
/// Orleans' default quarter hour: at a campus peak the default kept every answer of the last 15 minutes in memory.</summary>
public sealed class PerAnswerGrainLifetimeTests
{
    [Theory]
    [InlineData(typeof(AudioScorerGrain))]
    [InlineData(typeof(VisionScorerGrain))]
    [InlineData(typeof(AnswerScoringGrain))]
    public void A_per_answer_grain_is_collected_after_a_few_idle_minutes(Type grain)
    {
        var limit = grain.GetCustomAttribute<CollectionAgeLimitAttribute>();
        Assert.NotNull(limit);
        Assert.Equal(TimeSpan.FromMinutes(ScorerLifetime.IdleMinutes), limit.AgeLimit);
        Assert.True(limit.AgeLimit <= TimeSpan.FromMinutes(5));
    }
}
