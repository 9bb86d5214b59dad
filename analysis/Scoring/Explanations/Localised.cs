using System.Globalization;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>Picks the Chinese or English wording and formats numbers in the invariant culture.</summary>
internal readonly record struct Localised(ExplanationLanguage Language)
{
    public bool IsZh => Language == ExplanationLanguage.Zh;

    public string Pick(string zh, string en) => IsZh ? zh : en;

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double share) => Number(share * 100, "0.#") + "%";
}
