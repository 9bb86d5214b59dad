using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Validation;

/// <summary>
/// Checks a competency model before it is saved or used: every problem found is returned (not just the first),
/// each with the path of the field to fix. An empty list means the model can be scored.
/// Weights need not sum to 1 here — <see cref="WeightNormaliser"/> takes care of that.
/// </summary>
public static class CompetencyModelValidator
{
    public static bool IsValid(CompetencyModel model) => Validate(model).Count == 0;

    public static IReadOnlyList<ValidationProblem> Validate(CompetencyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new ProblemList();

        problems.RequireText("jobCode", model.JobCode);
        problems.RequireText("titleZh", model.TitleZh);
        problems.RequireText("titleEn", model.TitleEn);
        if (!Enum.IsDefined(model.QuestionOrder))
            problems.Add("questionOrder", $"unknown question order '{model.QuestionOrder}'");

        ValidateCompetencies(model.Competencies, problems);
        ValidatePolicy(model.Policy, problems);
        ScreeningValidator.Validate(model.Screening, problems);
        QuestionValidator.Validate(model.Questions, model.Competencies, problems);
        return problems.Items;
    }

    private static void ValidateCompetencies(IReadOnlyList<Competency> competencies, ProblemList problems)
    {
        if (competencies.Count == 0)
        {
            problems.Add("competencies", "a model needs at least one competency");
            return;
        }
        problems.RejectDuplicates(competencies, c => c.Key, i => $"competencies[{i}].key", "competency key");

        for (var i = 0; i < competencies.Count; i++)
        {
            var competency = competencies[i];
            var path = $"competencies[{i}]";
            problems.RequireText($"{path}.key", competency.Key);
            problems.RequireText($"{path}.nameZh", competency.NameZh);
            problems.RequireText($"{path}.nameEn", competency.NameEn);
            problems.RequirePositive($"{path}.weight", competency.Weight);
            problems.RequireWithin($"{path}.passThreshold", competency.PassThreshold, 0, 100);
            IndicatorValidator.Validate(competency.Indicators, $"{path}.indicators", problems);
        }
    }

    private static void ValidatePolicy(ScoringPolicy policy, ProblemList problems)
    {
        problems.RequireWithin("policy.priorityHireCutoff", policy.PriorityHireCutoff, 0, 100);
        problems.RequireWithin("policy.secondRoundCutoff", policy.SecondRoundCutoff, 0, 100);
        if (policy.SecondRoundCutoff >= policy.PriorityHireCutoff)
            problems.Add("policy.secondRoundCutoff",
                $"must be below priorityHireCutoff ({ProblemList.Format(policy.PriorityHireCutoff)}), got {ProblemList.Format(policy.SecondRoundCutoff)}");
        if (policy.RetentionDays is { } days)
            problems.RequireWithin("policy.retentionDays", days, 1, ScoringPolicy.MaxRetentionDays);
        if (policy.Jurisdiction is { } code && !JurisdictionPack.Codes.Contains(code))
            problems.Add("policy.jurisdiction", $"must be one of {string.Join(", ", JurisdictionPack.Codes)} (or left out), got '{code}'");
        if (policy.InterviewWindow is { } window)
        {
            problems.RequireWithin("policy.interviewWindow.opensMinutesBefore", window.OpensMinutesBefore, 0, InterviewWindowPolicy.MaxMinutes);
            problems.RequireWithin("policy.interviewWindow.lateStartMinutes", window.LateStartMinutes, 0, InterviewWindowPolicy.MaxMinutes);
        }
        if (policy.ReleaseFeedbackAfterMinutes is { } minutes)
        {
            problems.RequireWithin("policy.releaseFeedbackAfterMinutes", minutes, 0, ScoringPolicy.MaxReleaseFeedbackAfterMinutes);
            if (!policy.ReleaseFeedbackAutomatically)
                problems.Add("policy.releaseFeedbackAfterMinutes", "needs releaseFeedbackAutomatically: true (otherwise only HR releases the feedback)");
        }
    }
}
