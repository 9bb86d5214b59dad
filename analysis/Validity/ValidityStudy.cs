namespace BankHire.Analysis.Validity;

/// <summary>
/// A job's predictive-validity study: for every predictor and outcome, Spearman with n and interval (range restriction
/// noted where the applicant pool is known), and weights for the competencies proposed against the primary outcome.
/// </summary>
public static class ValidityStudy
{
    public static readonly IReadOnlyList<string> Outcomes = ["performance", "attendance", "retention-3m", "retention-6m", "retention-12m"];
    public const string PrimaryOutcome = "performance";

    public sealed record Cell(string Predictor, string Outcome, CorrelationEstimate Estimate);

    public sealed record Report(
        int Hires,
        IReadOnlyList<Cell> Cells,
        double? RangeRestriction,
        WeightProposal.Result? Proposal,
        IReadOnlyList<string> CompetencyKeys,
        IReadOnlyList<string> Notes);

    /// <param name="competencies">The job's competencies with their current weights, in model order.</param>
    /// <param name="applicantInterviewScores">Every interviewed applicant's overall score (hired or not), for range restriction.</param>
    public static Report Run(IReadOnlyList<HireOutcome> hires, IReadOnlyList<(string Key, double Weight)> competencies, IReadOnlyList<double> applicantInterviewScores)
    {
        var hiredInterview = hires.Where(h => h.Predictors.ContainsKey("interview")).Select(h => h.Predictors["interview"]).ToArray();
        var u = RangeRestriction.Ratio(hiredInterview, applicantInterviewScores);
        var predictors = competencies.Select(c => c.Key).Concat(["interview", "screening"]).ToArray();
        var cells = (from p in predictors
                     from o in Outcomes
                     let pairs = hires.Where(h => h.Predictors.ContainsKey(p) && h.Outcomes.ContainsKey(o)).Select(h => (h.Predictors[p], h.Outcomes[o])).ToArray()
                     select new Cell(p, o, SpearmanInterval.Estimate(pairs, p == "screening" ? null : u))).ToArray();

        var complete = hires.Where(h => h.Outcomes.ContainsKey(PrimaryOutcome) && competencies.All(c => h.Predictors.ContainsKey(c.Key))).ToArray();
        var proposal = WeightProposal.Propose(
            [.. complete.Select(h => competencies.Select(c => h.Predictors[c.Key]).ToArray())],
            [.. complete.Select(h => h.Outcomes[PrimaryOutcome])],
            [.. competencies.Select(c => c.Weight)]);

        var notes = new List<string>();
        if (hires.Count < SpearmanInterval.SmallN) notes.Add($"Only {hires.Count} hires: every figure is uncertain; read directions, not sizes.");
        if (u is < 0.8) notes.Add($"Range restriction: the hires' interview scores spread {u:0.00} as wide as all applicants'; observed correlations understate validity (corrected values are shown beside them).");
        if (proposal is null) notes.Add($"No weights proposed: {complete.Length} hires have every competency score and a performance outcome; at least {WeightProposal.MinimumN} are needed.");
        notes.Add("Outcomes never include protected attributes; retention counts only hires whose 3, 6 or 12 months have passed.");
        return new Report(hires.Count, cells, u, proposal, [.. competencies.Select(c => c.Key)], notes);
    }
}
