namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// Feature values are keyed by catalogue name, optionally scoped to one competency as <c>name@competencyKey</c>
/// (e.g. <c>expected_point_coverage@compliance</c>, the coverage over that competency's questions). An indicator
/// takes the scoped value when there is one, else the interview-wide value.
/// </summary>
public static class FeatureKey
{
    public const char ScopeSeparator = '@';

    public static string Scoped(string feature, string competencyKey) => feature + ScopeSeparator + competencyKey;

    public static (string Feature, string? CompetencyKey) Parse(string key)
    {
        var at = key.IndexOf(ScopeSeparator);
        return at < 0 ? (key, null) : (key[..at], key[(at + 1)..]);
    }
}
