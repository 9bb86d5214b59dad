using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;
using static BankHire.Analysis.Resumes.Screening.CompetencyEvidence;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Must-haves and nice-to-haves, each decided by its <see cref="RequirementFact"/>: a degree from the degrees
/// held, a certificate or test from those held (one the resume says is in preparation, expected, failed or only
/// "familiar" is not, and the explanation quotes why), a major from the education entries, and only otherwise
/// from words — in the visible text, never inside a claim the resume says is not held.
/// </summary>
public static class RequirementCheck
{
    public static ScreeningPart Knockout(ScreeningContext context, Requirement requirement, RequirementFact fact, int target)
    {
        var (met, evidence, whyZh, whyEn) = Judge(context, requirement, fact, target);
        return new ScreeningPart(ScreeningPartKind.Knockout, requirement.Key, requirement.LabelZh, requirement.LabelEn, 0, 0, met,
            $"必备条件“{requirement.LabelZh}”：{(met ? "已满足" : "未满足")}（{whyZh}）",
            $"Must-have \"{requirement.LabelEn}\": {(met ? "met" : "not met")} ({whyEn})",
            evidence);
    }

    public static ScreeningPart NiceToHave(ScreeningContext context, Requirement requirement, RequirementFact fact, int target, double maxPoints)
    {
        var (met, evidence, whyZh, whyEn) = Judge(context, requirement, fact, target);
        var points = met ? maxPoints : 0;
        return new ScreeningPart(ScreeningPartKind.NiceToHave, requirement.Key, requirement.LabelZh, requirement.LabelEn, points, maxPoints, met,
            $"加分项“{requirement.LabelZh}”：{(met ? "有" : "无")}（{whyZh}），得 {F(points)}/{F(maxPoints)} 分",
            $"Nice-to-have \"{requirement.LabelEn}\": {(met ? "present" : "absent")} ({whyEn}), {F(points)} of {F(maxPoints)} points",
            evidence);
    }

    private static (bool Met, List<TextSpan> Evidence, string WhyZh, string WhyEn) Judge(ScreeningContext context, Requirement requirement, RequirementFact fact, int target) =>
        fact.Kind switch
        {
            RequirementFactKind.Degree => Degree(context.Profile, fact.MinimumDegree),
            RequirementFactKind.Certificate => Certificate(context.Profile, fact.Keys),
            RequirementFactKind.Major => Major(context, fact.Keys, target),
            _ => Terms(context, target),
        };

    /// <summary>The one degree rule, shared with the job's minimum degree so the two can never disagree.</summary>
    public static (bool Met, List<TextSpan> Evidence, string WhyZh, string WhyEn) Degree(ResumeProfile profile, DegreeLevel minimum)
    {
        var held = profile.Education.Where(e => e.IsHeld).OrderByDescending(e => e.Degree).FirstOrDefault();
        var level = held?.Degree ?? DegreeLevel.None;
        var met = level >= minimum;
        var evidence = held?.Span is { } span ? new List<TextSpan> { span } : [];
        var zh = $"已获最高学历 {EducationScoring.DegreeZh(level)}{(held?.Span is { } s ? $"：“{Short(s.Snippet)}”" : "")}，要求 {EducationScoring.DegreeZh(minimum)}及以上";
        var en = $"highest degree held {level}{(held?.Span is { } t ? $": \"{Short(t.Snippet)}\"" : "")}; required {minimum} or higher";
        var pending = profile.Education.Where(e => !e.IsHeld && e.Degree > level).OrderByDescending(e => e.Degree).FirstOrDefault();
        if (pending is not null)
        {
            zh += $"；{EducationScoring.DegreeZh(pending.Degree)}尚未获得（“{pending.StatusCue}”），不计";
            en += $"; the {pending.Degree} is not held yet (\"{pending.StatusCue}\") and does not count";
            if (pending.Span is { } p) evidence.Add(p);
        }
        return (met, evidence, zh, en);
    }

    private static (bool, List<TextSpan>, string, string) Certificate(ResumeProfile profile, IReadOnlySet<string> keys)
    {
        var held = profile.Certificates.Where(c => keys.Contains(c.Key)).Select(c => (c.Key, c.Span))
            .Concat(profile.Languages.Where(l => keys.Contains(l.Test)).Select(l => (Key: l.Test, l.Span))).FirstOrDefault();
        if (held.Key is not null)
            return (true, [held.Span], $"持有：“{held.Span.Snippet}”", $"held: \"{held.Span.Snippet}\"");
        var claim = profile.NotHeldClaims.FirstOrDefault(c => keys.Contains(c.Key));
        if (claim is not null)
            return (false, [claim.Span], $"“{Short(claim.Clause)}”— 尚未持有", $"\"{Short(claim.Clause)}\" — not held");
        return (false, [], "简历中未提及", "not mentioned in the resume");
    }

    private static (bool, List<TextSpan>, string, string) Major(ScreeningContext context, IReadOnlySet<string> keys, int target)
    {
        var entry = context.Profile.Education.FirstOrDefault(e => e.Major is { } m && keys.Contains(m))
            ?? context.Profile.Education.FirstOrDefault(e => e.Span is { } s && context.MatchesByTarget[target].Exists(m => m.Start >= s.Start && m.End <= s.Start + s.Length));
        if (entry?.Span is { } span)
            return (true, [span], $"专业：“{Short(span.Snippet)}”", $"field of study: \"{Short(span.Snippet)}\"");
        var majors = string.Join("/", context.Profile.Education.Select(e => e.Major).Where(m => m is not null).Distinct());
        return (false, [], majors.Length > 0 ? $"所学专业 {majors} 不在其中" : "未找到所学专业", majors.Length > 0 ? $"field of study {majors} is not among them" : "no field of study found");
    }

    private static (bool, List<TextSpan>, string, string) Terms(ScreeningContext context, int target)
    {
        var notHeld = context.Profile.NotHeldClaims.Select(c => c.Span).ToList();
        var match = context.MatchesByTarget[target].FirstOrDefault(m => !notHeld.Exists(s => m.Start < s.Start + s.Length && s.Start < m.End));
        if (match.Length == 0) return (false, [], "简历中未找到", "not found in the resume");
        var span = new TextSpan(match.Start, match.Length, context.Tokens.Snippet(match.Start, match.Length));
        return (true, [span], $"“{span.Snippet}”", $"\"{span.Snippet}\"");
    }

    private static string Short(string text)
    {
        var line = text.Replace('\n', ' ').Trim();
        return line.Length <= 60 ? line : line[..57] + "…";
    }
}
