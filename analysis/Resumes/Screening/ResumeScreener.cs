using BankHire.Analysis.Features;
using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Scores a resume profile 0–100 against a job's competency model: must-haves, evidence per
/// competency, experience, education and nice-to-haves, every part explained and traced to spans of the
/// screening text. It reads only <see cref="ResumeProfile.ScreeningText"/> and the fields extracted
/// from it, never contact details or protected attributes. Deterministic and thread-safe.
/// </summary>
public sealed class ResumeScreener(ScreeningPlan plan)
{
    public ScreeningPlan Plan => plan;

    public ScreeningResult Screen(ResumeProfile profile)
    {
        var context = new ScreeningContext(plan, profile);
        var model = plan.Model;
        var parts = new List<ScreeningPart>();

        for (var k = 0; k < model.Screening.Knockouts.Count; k++)
            parts.Add(RequirementCheck.Knockout(context, model.Screening.Knockouts[k], plan.KnockoutFacts[k], plan.KnockoutOffset + k));
        var (degreeKnockout, educationPart, educationFit) = EducationScoring.Score(context, plan, ScreeningWeights.Education);
        if (degreeKnockout is not null) parts.Add(degreeKnockout);

        var totalWeight = plan.Competencies.Sum(c => c.Weight);
        var evidenceByCompetency = new Dictionary<string, FeatureValue>(StringComparer.Ordinal);
        var stuffed = false;
        for (var c = 0; c < plan.Competencies.Count; c++)
        {
            var competency = plan.Competencies[c];
            var share = totalWeight > 0 ? ScreeningWeights.Competencies * competency.Weight / totalWeight : 0;
            var (part, ratio, stuffing) = CompetencyEvidence.Score(context, competency, c, share);
            parts.Add(part);
            stuffed |= stuffing;
            evidenceByCompetency[competency.Key] = FeatureValue.Of("resume_competency_evidence", Math.Round(ratio, 4), ScreeningWeights.AnalyserVersion);
        }

        var (experiencePart, years) = ExperienceScoring.Score(context, plan, ScreeningWeights.Experience);
        parts.Add(experiencePart);
        parts.Add(educationPart);

        var nice = model.Screening.NiceToHaves;
        for (var n = 0; n < nice.Count; n++)
            parts.Add(RequirementCheck.NiceToHave(context, nice[n], plan.NiceToHaveFacts[n], plan.NiceOffset + n, ScreeningWeights.NiceToHaves / nice.Count));

        if (HiddenTextCheck.Part(profile) is { } hidden)
        {
            parts.Add(hidden);
            stuffed = true;
        }

        var earned = parts.Sum(p => p.Points);
        var possible = parts.Sum(p => p.MaxPoints);
        var score = possible > 0 ? Math.Round(100 * earned / possible, 1) : 0;
        var knockedOut = parts.Exists(p => p.Kind == ScreeningPartKind.Knockout && !p.Met);
        if (knockedOut) score = Math.Min(score, ScreeningWeights.KnockoutCap);

        var niceMet = nice.Count == 0 ? 0 : parts.Count(p => p.Kind == ScreeningPartKind.NiceToHave && p.Met) / (double)nice.Count;
        var features = new List<FeatureValue>
        {
            FeatureValue.Of("resume_experience_years", years, ScreeningWeights.AnalyserVersion),
            FeatureValue.Of("resume_education_fit", Math.Round(educationFit, 4), ScreeningWeights.AnalyserVersion),
            FeatureValue.Of("resume_certificate_score", Math.Round(niceMet, 4), ScreeningWeights.AnalyserVersion),
            profile.WrittenTestScore is { } written
                ? FeatureValue.Of("written_test_score", written, ScreeningWeights.AnalyserVersion)
                : FeatureValue.NoData("written_test_score", ScreeningWeights.AnalyserVersion, "no roster provided a written-test score"),
        };
        return new ScreeningResult(model.JobCode, score, knockedOut, stuffed, parts, features, evidenceByCompetency);
    }
}
