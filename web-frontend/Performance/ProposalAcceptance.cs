using BankHire.Analysis.Validity;
using BankHire.Web.Problems;

namespace BankHire.Web.Performance;

/// <summary>
/// What "accept the proposed weights" may save: exactly the study's current proposal (a stale page is told to reload),
/// and only when it predicted performance better out of sample than the weights in use — never a change for nothing.
/// </summary>
public static class ProposalAcceptance
{
    /// <summary>How far a submitted share may differ from the proposed one (the report rounds to three places).</summary>
    public const double Tolerance = 0.002;

    /// <returns>The weights to save, in the study's competency order.</returns>
    public static IReadOnlyList<double> Check(ValidityStudy.Report study, IReadOnlyDictionary<string, double> weights)
    {
        if (study.Proposal is not { } proposal)
            throw new ApiProblemException(409, "No weights proposed",
                $"This job has no proposed weights to accept: {string.Join(" ", study.Notes.Where(n => n.StartsWith("No weights", StringComparison.Ordinal)).DefaultIfEmpty("no study yet."))}");
        if (!proposal.Improves)
            throw new ApiProblemException(409, "Nothing to gain",
                $"The proposed weights predicted performance no better than the current ones out of sample (cross-validated Spearman {proposal.CurrentValidity:0.000} → {proposal.ProposedValidity:0.000}, gain {proposal.ExpectedGain:+0.000;-0.000;0.000}, n = {proposal.N}); the current model stays.");
        var submitted = WeightProposal.Shares([.. study.CompetencyKeys.Select(k => weights[k])]);
        if (submitted.Zip(proposal.Proposed).Any(p => Math.Abs(p.First - p.Second) > Tolerance))
            throw new ApiProblemException(409, "Not the proposed weights",
                "These weights are not the study's current proposal (the outcomes changed since the page was loaded, or they were edited): reload the study and accept what it proposes.", "weights");
        return proposal.Proposed;
    }
}
