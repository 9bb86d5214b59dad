using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;
using static BankHire.Analysis.Resumes.Screening.CompetencyEvidence;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Must-haves and nice-to-haves: met when any of their terms appears anywhere in the screening text
/// (a certificate list is fine here), or when a recognised certificate or skill bears its name.
/// </summary>
public static class RequirementCheck
{
    public static ScreeningPart Knockout(ScreeningContext context, Requirement requirement, int target)
    {
        var evidence = Evidence(context, requirement, target);
        var met = evidence.Count > 0;
        return new ScreeningPart(ScreeningPartKind.Knockout, requirement.Key, requirement.LabelZh, requirement.LabelEn, 0, 0, met,
            met ? $"必备条件“{requirement.LabelZh}”：已满足（“{evidence[0].Snippet}”）" : $"必备条件“{requirement.LabelZh}”：简历中未找到",
            met ? $"Must-have \"{requirement.LabelEn}\": met (\"{evidence[0].Snippet}\")" : $"Must-have \"{requirement.LabelEn}\": not found in the resume",
            evidence);
    }

    public static ScreeningPart NiceToHave(ScreeningContext context, Requirement requirement, int target, double maxPoints)
    {
        var evidence = Evidence(context, requirement, target);
        var points = evidence.Count > 0 ? maxPoints : 0;
        return new ScreeningPart(ScreeningPartKind.NiceToHave, requirement.Key, requirement.LabelZh, requirement.LabelEn, points, maxPoints, points > 0,
            points > 0 ? $"加分项“{requirement.LabelZh}”：有（“{evidence[0].Snippet}”），得 {F(points)}/{F(maxPoints)} 分" : $"加分项“{requirement.LabelZh}”：无，得 0/{F(maxPoints)} 分",
            points > 0 ? $"Nice-to-have \"{requirement.LabelEn}\": present (\"{evidence[0].Snippet}\"), {F(points)} of {F(maxPoints)} points" : $"Nice-to-have \"{requirement.LabelEn}\": absent, 0 of {F(maxPoints)} points",
            evidence);
    }

    private static List<TextSpan> Evidence(ScreeningContext context, Requirement requirement, int target)
    {
        var spans = context.MatchesByTarget[target].Take(1)
            .Select(m => new TextSpan(m.Start, m.Length, context.Tokens.Snippet(m.Start, m.Length))).ToList();
        if (spans.Count > 0) return spans;
        var named = context.Profile.Certificates.Concat(context.Profile.Skills)
            .FirstOrDefault(f => requirement.Terms.Contains(f.Key, StringComparer.OrdinalIgnoreCase) || string.Equals(f.Key, requirement.Key, StringComparison.OrdinalIgnoreCase));
        return named is null ? [] : [named.Span];
    }
}
