using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Validation;

/// <summary>Checks the question bank: ids, timings, the competency each question measures, expected points.</summary>
internal static class QuestionValidator
{
    private const int MaxSeconds = 3600;

    public static void Validate(IReadOnlyList<InterviewQuestion> questions, IReadOnlyList<Competency> competencies, ProblemList problems)
    {
        if (!questions.Any(q => !q.Practice))
            problems.Add("questions", "the interview needs at least one scored (non-practice) question");
        problems.RejectDuplicates(questions, q => q.Id, i => $"questions[{i}].id", "question id");

        var practiceIndexes = questions.Select((q, i) => (q, i)).Where(x => x.q.Practice).Select(x => x.i).ToList();
        foreach (var extra in practiceIndexes.Skip(1))
            problems.Add($"questions[{extra}].practice", $"only one practice question is allowed (first is questions[{practiceIndexes[0]}])");

        var competencyKeys = competencies.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
            ValidateOne(questions[i], $"questions[{i}]", competencyKeys, problems);
    }

    private static void ValidateOne(InterviewQuestion question, string path, HashSet<string> competencyKeys, ProblemList problems)
    {
        problems.RequireText($"{path}.id", question.Id);
        problems.RequireText($"{path}.textZh", question.TextZh);
        problems.RequireText($"{path}.textEn", question.TextEn);
        if (!competencyKeys.Contains(question.CompetencyKey))
            problems.Add($"{path}.competencyKey", $"unknown competency '{question.CompetencyKey}'");

        problems.RequireWithin($"{path}.thinkSeconds", question.ThinkSeconds, 0, MaxSeconds);
        problems.RequireWithin($"{path}.answerSeconds", question.AnswerSeconds, 1, MaxSeconds);
        problems.RequireWithin($"{path}.retakes", question.Retakes, 0, 10);

        if (!question.Practice && question.ExpectedPoints.Count == 0)
            problems.Add($"{path}.expectedPoints", "a scored question needs at least one expected point");
        problems.RejectDuplicates(question.ExpectedPoints, p => p.Key, j => $"{path}.expectedPoints[{j}].key", "expected point key");
        for (var j = 0; j < question.ExpectedPoints.Count; j++)
        {
            var point = question.ExpectedPoints[j];
            var pointPath = $"{path}.expectedPoints[{j}]";
            problems.RequireText($"{pointPath}.key", point.Key);
            problems.RequireText($"{pointPath}.labelZh", point.LabelZh);
            problems.RequireText($"{pointPath}.labelEn", point.LabelEn);
            if (!point.Terms.Any(t => !string.IsNullOrWhiteSpace(t)))
                problems.Add($"{pointPath}.terms", "an expected point needs at least one term to recognise it by");
        }
    }
}
