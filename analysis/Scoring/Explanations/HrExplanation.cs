using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>
/// The explanation HR reads: every indicator with its value, target and points, every competency against its
/// pass mark, how excluded or missing indicators were handled, and the rubric and analyser versions.
/// </summary>
internal static class HrExplanation
{
    public static Explanation Write(ScoreReport report, Localised l)
    {
        var lines = new List<string>();
        lines.AddRange(report.Notes.Select(n => Wording.ExclusionNote(n, l, forCandidate: false)).OfType<string>());
        foreach (var competency in report.Competencies)
            AddCompetency(lines, competency, l);
        var ignored = report.Notes.Where(n => n.Code == NoteCode.UnknownFeatureIgnored).Select(n => n.Subject).ToList();
        if (ignored.Count > 0)
            lines.Add(l.Pick("已忽略不在特征目录中的输入：", "Ignored inputs not in the feature catalogue: ") + string.Join(", ", ignored));
        lines.Add(Versions(report, l));
        return new Explanation(l.Language, Summary(report, l), lines);
    }

    private static string Summary(ScoreReport report, Localised l)
    {
        var cutoffs = l.Pick(
            $"优先录用 ≥ {Localised.Number(report.PriorityHireCutoff, "0.##")}，建议复试 ≥ {Localised.Number(report.SecondRoundCutoff, "0.##")}",
            $"priority hire ≥ {Localised.Number(report.PriorityHireCutoff, "0.##")}, second round ≥ {Localised.Number(report.SecondRoundCutoff, "0.##")}");
        var recommendation = Wording.Recommendation(report.Recommendation, l);
        if (report.OverallScore is not { } overall)
            return HumanReviewWording.Summary(report, l);
        var score = Localised.Number(overall, "0.00");
        return l.Pick($"综合得分 {score} 分：{recommendation}（{cutoffs}）。", $"Overall score {score}: {recommendation} ({cutoffs}).");
    }

    private static void AddCompetency(List<string> lines, CompetencyScore c, Localised l)
    {
        var name = l.Pick(c.NameZh, c.NameEn);
        if (c.Status == CompetencyStatus.NotScorable)
        {
            lines.Add(l.Pick($"{name}：无法评分 — 回答内容未能测量，面部和语音指标不能代替内容，需人工复核。",
                $"{name}: not scorable — what the candidate said could not be measured, and face and voice do not stand in for it; needs human review."));
        }
        else if (c.Score is not { } score)
        {
            lines.Add(l.Pick($"{name}：未评分（没有可计分的指标），其权重已按比例分配给其他能力。",
                $"{name}: not scored (no indicator could be scored); its weight went to the other competencies in proportion."));
        }
        else
        {
            var pass = Localised.Number(c.PassThreshold, "0.##");
            var verdict = c.Passed == true ? l.Pick("达标", "passed") : l.Pick("未达标", "not passed");
            var points = $"{Localised.Number(c.Points ?? 0, "0.00")}/{Localised.Number(c.MaxPoints, "0.##")}";
            lines.Add(l.Pick(
                $"{name} {Localised.Number(score, "0.00")} 分（达标线 {pass}，{verdict}）— 权重 {Localised.Percent(c.EffectiveWeight)}，计入总分 {points} 分",
                $"{name} {Localised.Number(score, "0.00")} (pass mark {pass}: {verdict}) — weight {Localised.Percent(c.EffectiveWeight)}, {points.Replace("/", " of ")} points"));
        }

        foreach (var i in c.Indicators)
            lines.Add(ExplanationLabels.IndicatorLinePrefix + Indicator(i, l));
        if (c.Score is not null && c.Indicators.Any(i => i.Status != IndicatorStatus.Scored))
            lines.Add(l.Pick("    未计分指标的权重已按比例分配给本能力的其他指标。",
                "    The weight of the unscored indicators went to this competency's other indicators in proportion."));
    }

    private static string Indicator(IndicatorScore i, Localised l)
    {
        var label = FeatureText.Label(i.Feature, l);
        var hidden = i.HiddenFromCandidate ? l.Pick("［不向候选人展示］", " [hidden from candidate]") : "";
        if (i.Status != IndicatorStatus.Scored)
        {
            var what = i.Status == IndicatorStatus.Excluded ? l.Pick("未计分", "not scored") : l.Pick("无数据", "no data");
            return l.Pick($"{label}：{what}（{Wording.Reason(i, l)}）{hidden}", $"{label}: {what} ({Wording.Reason(i, l)}){hidden}");
        }
        var value = FeatureText.Value(i.Feature, i.Value!.Value, l, asPercent: false);
        var target = Wording.TargetSymbolic(i, l);
        var points = Localised.Number(i.Points!.Value, "0.0");
        var max = Localised.Number(i.MaxPoints, "0.#");
        return l.Pick($"{label} {value}，目标 {target}，得 {points}/{max} 分{hidden}", $"{label} {value}, target {target}, {points} of {max} points{hidden}");
    }

    private static string Versions(ScoreReport report, Localised l)
    {
        var analysers = report.AnalyserVersions.Count == 0
            ? l.Pick("无", "none")
            : string.Join(l.Pick("；", "; "), report.AnalyserVersions.Select(v => $"{v.Feature} {v.AnalyserVersion}"));
        var rubric = report.RubricId == report.JobCode ? report.RubricId : $"{report.RubricId} ({report.JobCode})";
        return l.Pick($"评分规则：{rubric} 第 {report.RubricVersion} 版；评分程序：{report.ScorerVersion}；分析器：{analysers}",
            $"Rubric: {rubric} version {report.RubricVersion}; scorer: {report.ScorerVersion}; analysers: {analysers}");
    }
}
