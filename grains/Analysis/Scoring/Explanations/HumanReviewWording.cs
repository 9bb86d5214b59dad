using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>HR's sentence for a report that asks for a person instead of a verdict, with every reason it has.</summary>
internal static class HumanReviewWording
{
    public static string Summary(ScoreReport report, Localised l)
    {
        var reasons = (report.HumanReview ?? []).Select(r => Reason(r, report, l)).ToList();
        if (reasons.Count == 0)
            reasons.Add(l.Pick("没有可计分的能力", "no competency could be scored"));
        var joined = string.Join(l.Pick("；", "; "), reasons);
        return l.Pick($"需人工复核（不给出综合得分和建议）：{joined}。", $"Needs human review (no overall score or verdict): {joined}.");
    }

    private static string Reason(HumanReviewReason reason, ScoreReport report, Localised l)
    {
        var details = reason.Details.Count == 0 ? "" : l.Pick("（", " (") + string.Join(l.Pick("；", "; "), reason.Details) + l.Pick("）", ")");
        return reason.Code switch
        {
            HumanReviewCode.ContentNotMeasured => l.Pick($"{CompetencyName(reason.Subject, report, l)}的回答内容未能测量{details}",
                $"what the candidate said for {CompetencyName(reason.Subject, report, l)} could not be measured{details}"),
            HumanReviewCode.RubricMeasuresNoContent => l.Pick("评分规则不含任何内容指标，仅凭面部和语音不作结论",
                "the rubric measures no content, and face and voice alone never make a verdict"),
            _ => l.Pick("没有可计分的能力", "no competency could be scored"),
        };
    }

    private static string CompetencyName(string? key, ScoreReport report, Localised l) =>
        report.Competencies.FirstOrDefault(c => c.Key == key) is { } c ? l.Pick($"“{c.NameZh}”", $"'{c.NameEn}'") : key ?? "";
}
