namespace BankHire.Analysis.Resumes.Validation;

/// <summary>
/// The three tiers HR sorts resumes into: A strong (≥ 65), B possible (40–65), C weak or missing a must-have.
/// The one place the cut-offs live, for the model's scores and for HR's when HR gives scores.
/// </summary>
public static class ScreeningTier
{
    public const double ACutoff = 65;
    public const double BCutoff = 40;

    public static char Of(double score, bool knockedOut = false) =>
        knockedOut ? 'C' : score >= ACutoff ? 'A' : score >= BCutoff ? 'B' : 'C';

    /// <summary>A tier as a number for ranking: A 3, B 2, C 1.</summary>
    public static double Rank(char tier) => tier switch { 'A' => 3, 'B' => 2, _ => 1 };

    public static bool TryParse(string? text, out char tier)
    {
        tier = (text ?? "").Trim().ToUpperInvariant() switch
        {
            "A" or "优" or "优秀" or "甲" => 'A',
            "B" or "良" or "良好" or "中" or "乙" => 'B',
            "C" or "差" or "淘汰" or "丙" => 'C',
            _ => '\0',
        };
        return tier != '\0';
    }
}
