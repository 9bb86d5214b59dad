using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>
/// The feedback a candidate reads: each competency and each visible indicator against what the role asks for,
/// in plain words. It leaves out indicators flagged hidden-from-candidate, weights, points, the overall score and
/// recommendation (HR decides and tells), analyser details and versions.
/// </summary>
internal static class CandidateExplanation
{
    public static Explanation Write(ScoreReport report, Localised l)
    {
        var lines = new List<string>();
        lines.AddRange(report.Notes.Select(n => Wording.ExclusionNote(n, l, forCandidate: true)).OfType<string>());
        foreach (var competency in report.Competencies)
            AddCompetency(lines, competency, l);
        var summary = l.Pick("感谢您参加本次 AI 面试。以下是您在各项能力上的表现反馈：",
            "Thank you for completing the AI interview. Here is feedback on each competency:");
        return new Explanation(l.Language, summary, lines);
    }

    private static void AddCompetency(List<string> lines, CompetencyScore c, Localised l)
    {
        var name = l.Pick(c.NameZh, c.NameEn);
        if (c.Status == CompetencyStatus.NotScorable)
        {
            lines.Add(l.Pick($"{name}：将由招聘人员阅看您的回答后评估。", $"{name}: a recruiter will assess your answers in person."));
            return;
        }
        if (c.Score is not { } score)
        {
            lines.Add(l.Pick($"{name}：本次未能评估。", $"{name}: could not be assessed this time."));
            return;
        }
        var asked = Localised.Number(c.PassThreshold, "0.#");
        var mine = Localised.Number(score, "0.#");
        lines.Add(c.Passed == true
            ? l.Pick($"{name}：{mine} 分，岗位要求 {asked} 分，已达到要求。", $"{name}: {mine}; the role asks for {asked} — met.")
            : l.Pick($"{name}：{mine} 分，岗位要求 {asked} 分，仍有提升空间。", $"{name}: {mine}; the role asks for {asked} — room to grow."));

        foreach (var i in c.Indicators.Where(i => !i.HiddenFromCandidate && i.Status != IndicatorStatus.Excluded))
            lines.Add(ExplanationLabels.IndicatorLinePrefix + Indicator(i, l));
    }

    private static string Indicator(IndicatorScore i, Localised l)
    {
        var label = FeatureText.Label(i.Feature, l);
        if (i.Value is not { } value || i.Status != IndicatorStatus.Scored)
            return l.Pick($"{label}：未能测量，未计入评分。", $"{Capitalised(label)}: could not be measured and was not counted.");
        var yours = FeatureText.Value(i.Feature, value, l, asPercent: true);
        var target = Wording.TargetInWords(i, l);
        return l.Pick($"您的{label}为 {yours}，岗位要求{target}。", $"Your {label} was {yours}; the role asks for {target}.");
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
