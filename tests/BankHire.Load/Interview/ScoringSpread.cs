using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace BankHire.Load;

/// <summary>
/// How a run's live scoring spread over the silos (issue 19: within ±15 % on three silos): the new activations of
/// the answer's scorers on each silo between two readings of GET /api/admin/cluster, and each silo's share against
/// an even split.
/// </summary>
public sealed class ScoringSpread
{
    private static readonly string[] Scorers = ["VisionScorerGrain", "AudioScorerGrain", "AnswerScoringGrain"];

    private readonly Dictionary<string, int> _bySilo;

    private ScoringSpread(Dictionary<string, int> bySilo) => _bySilo = bySilo;

    public static async Task<ScoringSpread> ReadAsync(HttpClient admin)
    {
        var view = await admin.GetFromJsonAsync<JsonElement>("/api/admin/cluster");
        return new ScoringSpread(view.GetProperty("silos").EnumerateArray().ToDictionary(
            s => s.GetProperty("name").GetString()!,
            s => Scorers.Sum(t => s.GetProperty("activationsByGrainType").TryGetProperty(t, out var n) ? n.GetInt32() : 0)));
    }

    /// <summary>One line per silo: scorer activations added since this reading and the deviation from an even split.</summary>
    public IEnumerable<string> Since(ScoringSpread before)
    {
        var added = _bySilo.ToDictionary(s => s.Key, s => s.Value - before._bySilo.GetValueOrDefault(s.Key));
        var total = added.Values.Sum();
        if (total == 0 || added.Count == 0)
        {
            yield return "scoring spread: no scorer activations were added (or they were already deactivated)";
            yield break;
        }
        var even = total / (double)added.Count;
        foreach (var (silo, count) in added.OrderBy(s => s.Key, StringComparer.Ordinal))
            yield return string.Create(CultureInfo.InvariantCulture, $"scoring spread: {silo} {count} scorer activations ({(count - even) / even:+0.0 %;-0.0 %;0.0 %} against an even split)");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"scoring spread: largest deviation {added.Values.Max(c => Math.Abs(c - even)) / even:0.0 %} over {added.Count} silos ({total} activations)");
    }
}
