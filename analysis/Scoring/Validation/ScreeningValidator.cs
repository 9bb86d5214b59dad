using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Validation;

/// <summary>Checks the resume-screening criteria.</summary>
internal static class ScreeningValidator
{
    public static void Validate(ScreeningCriteria screening, ProblemList problems)
    {
        var all = screening.Knockouts.Select((r, i) => (Requirement: r, Path: $"screening.knockouts[{i}]"))
            .Concat(screening.NiceToHaves.Select((r, i) => (Requirement: r, Path: $"screening.niceToHaves[{i}]")))
            .ToList();
        problems.RejectDuplicates(all, x => x.Requirement.Key, i => $"{all[i].Path}.key", "requirement key");

        foreach (var (requirement, path) in all)
        {
            problems.RequireText($"{path}.key", requirement.Key);
            problems.RequireText($"{path}.labelZh", requirement.LabelZh);
            problems.RequireText($"{path}.labelEn", requirement.LabelEn);
            if (!requirement.Terms.Any(t => !string.IsNullOrWhiteSpace(t)))
                problems.Add($"{path}.terms", "a requirement needs at least one term to recognise it by");
        }

        if (!Enum.IsDefined(screening.Education.MinimumDegree))
            problems.Add("screening.education.minimumDegree", $"unknown degree '{screening.Education.MinimumDegree}'");
        problems.RequireWithin("screening.minExperienceYears", screening.MinExperienceYears, 0, 60);
    }
}
