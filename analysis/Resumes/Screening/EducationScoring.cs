using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;
using static BankHire.Analysis.Resumes.Screening.CompetencyEvidence;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Education: the highest degree held (not one in progress) against the job's minimum (below it is a knockout) and a preferred
/// major (recognised through the synonym dictionary, so 金融 matches 金融学 and Finance).
/// </summary>
public static class EducationScoring
{
    private const double DegreeShare = 2.0 / 3;

    public static (ScreeningPart? Knockout, ScreeningPart Part, double Fit) Score(ScreeningContext context, ScreeningPlan plan, double maxPoints)
    {
        var requirement = plan.Model.Screening.Education;
        var education = context.Profile.Education;
        var best = education.Where(e => e.IsHeld).OrderByDescending(e => e.Degree).FirstOrDefault() ?? education.FirstOrDefault();
        var degree = context.Profile.HighestHeldDegree;
        var degreeMet = degree >= requirement.MinimumDegree;
        var degreePoints = degreeMet ? maxPoints * DegreeShare : 0;

        var majorEntry = requirement.PreferredMajors.Count == 0 ? best : education.FirstOrDefault(e => MatchesPreferred(plan, e));
        var majorPoints = majorEntry is not null || requirement.PreferredMajors.Count == 0 ? maxPoints - maxPoints * DegreeShare : 0;
        var points = Math.Round(degreePoints + majorPoints, 2);

        var evidence = new List<TextSpan>();
        if (best?.Span is { } s) evidence.Add(s);
        if (majorEntry?.Span is { } m && !evidence.Contains(m)) evidence.Add(m);
        var majors = string.Join("/", requirement.PreferredMajors);
        var zh = $"最高学历 {DegreeZh(degree)}（要求 {DegreeZh(requirement.MinimumDegree)}），专业{(majorEntry?.Major is { } mz ? " " + mz : "")}{(requirement.PreferredMajors.Count == 0 ? "不限" : majorEntry is null ? $"不在优先专业（{majors}）内" : "属优先专业")}，得 {F(points)}/{F(maxPoints)} 分";
        var en = $"Highest degree {degree} (required {requirement.MinimumDegree}), major{(majorEntry?.Major is { } me ? " " + me : "")} {(requirement.PreferredMajors.Count == 0 ? "open" : majorEntry is null ? $"not among the preferred ({majors})" : "preferred")}, {F(points)} of {F(maxPoints)} points";
        var part = new ScreeningPart(ScreeningPartKind.Education, "education", "学历专业", "Education", points, maxPoints, degreeMet, zh, en, evidence);

        ScreeningPart? knockout = null;
        if (requirement.MinimumDegree != DegreeLevel.None)
        {
            var (_, degreeEvidence, whyZh, whyEn) = RequirementCheck.Degree(context.Profile, requirement.MinimumDegree);
            knockout = new ScreeningPart(
                ScreeningPartKind.Knockout, "degree", "学历要求", "Minimum degree", 0, 0, degreeMet,
                $"必备条件“学历不低于{DegreeZh(requirement.MinimumDegree)}”：{(degreeMet ? "已满足" : "未满足")}（{whyZh}）",
                $"Must-have \"{requirement.MinimumDegree} or higher\": {(degreeMet ? "met" : "not met")} ({whyEn})",
                degreeEvidence);
        }
        return (knockout, part, points / maxPoints);
    }

    private static bool MatchesPreferred(ScreeningPlan plan, EducationEntry entry)
    {
        if (entry.Major is { } major && plan.PreferredMajors.Match(plan.Lexicon.Tokenize(major)).Count > 0) return true;
        return entry.Span is { } span && plan.PreferredMajors.Match(plan.Lexicon.Tokenize(span.Snippet.Replace(entry.School ?? "\u0000", " "))).Count > 0;
    }

    public static string DegreeZh(DegreeLevel degree) => degree switch
    {
        DegreeLevel.Doctorate => "博士",
        DegreeLevel.Master => "硕士",
        DegreeLevel.Bachelor => "本科",
        DegreeLevel.Associate => "大专",
        _ => "无",
    };
}
