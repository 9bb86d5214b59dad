using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Text.Content;
using static BankHire.Analysis.Resumes.Screening.CompetencyEvidence;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Experience points: relevant years (see <see cref="ExperienceYears"/>) against the job's minimum (at
/// least one year, so a campus job still prefers some experience). Relevant means at a bank or showing
/// one of the job's competencies in a real sentence (the extractor's customer-service flag is not used:
/// it would be set by a keyword list pasted under the job).
/// </summary>
public static class ExperienceScoring
{
    public static (ScreeningPart Part, double Years) Score(ScreeningContext context, ScreeningPlan plan, double maxPoints)
    {
        // Only real sentences make a job relevant: a keyword list or a repeated line pasted under it does not.
        var competencyMatches = context.MatchesByTarget.Take(plan.KnockoutOffset).SelectMany(m => m).Where(context.IsInRealSentence).ToList();
        var judged = context.Profile.Experience
            .Select(e => (Entry: e, Relevant: e.IsBank || competencyMatches.Exists(m => e.Span is { } s && m.Start >= s.Start && m.End <= s.Start + s.Length)))
            .ToList();
        var years = Math.Round(ExperienceYears.Compute(judged), 2);
        var target = Math.Max(1, plan.Model.Screening.MinExperienceYears);
        var points = Math.Round(maxPoints * Math.Min(1, years / target), 2);
        var items = judged.Select(j => $"{j.Entry.Organisation} {j.Entry.Start:yyyy.MM}–{j.Entry.End:yyyy.MM} {j.Entry.Months}个月×{F(ExperienceYears.WeightOf(j.Entry, j.Relevant))}").ToList();
        var itemsEn = judged.Select(j => $"{j.Entry.Organisation} {j.Entry.Start:yyyy-MM}–{j.Entry.End:yyyy-MM} {j.Entry.Months} months×{F(ExperienceYears.WeightOf(j.Entry, j.Relevant))}").ToList();
        var zh = $"相关经验 {F(years)} 年（目标 {F(target)} 年{(items.Count > 0 ? "；" + string.Join("；", items) : "")}），得 {F(points)}/{F(maxPoints)} 分";
        var en = $"Relevant experience {F(years)} years (target {F(target)}{(itemsEn.Count > 0 ? "; " + string.Join("; ", itemsEn) : "")}), {F(points)} of {F(maxPoints)} points";
        var minimum = plan.Model.Screening.MinExperienceYears;
        if (minimum > 0 && years < minimum)
        {
            zh += $"；低于岗位最低要求 {F(minimum)} 年";
            en += $"; below the job's minimum of {F(minimum)} years";
        }
        var evidence = judged.Select(j => j.Entry.Span).ToList();
        return (new ScreeningPart(ScreeningPartKind.Experience, "experience", "相关经验", "Relevant experience", points, maxPoints, years >= target, zh, en, evidence), years);
    }
}
