using System.Globalization;
using BankHire.Analysis.Resumes.Validation;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>Agreement figures as the lines the corpus tests print (and the README quotes).</summary>
internal static class AgreementText
{
    public static string Of(ValidationReport report)
    {
        static string Line(string group, AgreementFigures f) => string.Create(CultureInfo.InvariantCulture,
            $"{group,-8} n={f.Count,2} tiers {P(f.TierAgreement)} spearman {N(f.Spearman)} pairs {P(f.PairwiseAccuracy)} ({f.ComparablePairs})");
        static string P(double? v) => v is { } x ? x.ToString("P0", CultureInfo.InvariantCulture) : "—";
        static string N(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "—";
        return string.Join("\n", new[] { Line("all", report.Overall) }
            .Concat(report.ByLanguage.Select(g => Line(g.Key, g.Value)))
            .Concat(report.ByFormat.Select(g => Line(g.Key, g.Value)))
            .Concat(report.Discordant.Take(8).Select(d => $"  HR prefers {d.PreferredByHr.File} ({d.PreferredByHr.HrTier}, model {d.PreferredByHr.ModelScore}) over {d.PreferredByModel.File} ({d.PreferredByModel.HrTier}, model {d.PreferredByModel.ModelScore})")));
    }
}
