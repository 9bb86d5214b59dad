using System.Collections.Frozen;

namespace BankHire.Candidates;

/// <summary>The moves the hiring pipeline allows. Hired, rejected and withdrawn are final.</summary>
public static class PipelineRules
{
    private static readonly FrozenDictionary<CandidateStage, CandidateStage[]> Allowed = new Dictionary<CandidateStage, CandidateStage[]>
    {
        [CandidateStage.Applied] = [CandidateStage.Screened, CandidateStage.Invited, CandidateStage.Rejected, CandidateStage.Withdrawn],
        [CandidateStage.Screened] = [CandidateStage.Invited, CandidateStage.Rejected, CandidateStage.Withdrawn],
        [CandidateStage.Invited] = [CandidateStage.Booked, CandidateStage.Interviewing, CandidateStage.Rejected, CandidateStage.Withdrawn],
        // A no-show or a rebooking sends a booked candidate back to "invited".
        [CandidateStage.Booked] = [CandidateStage.Interviewing, CandidateStage.Invited, CandidateStage.Rejected, CandidateStage.Withdrawn],
        [CandidateStage.Interviewing] = [CandidateStage.Completed, CandidateStage.Invited, CandidateStage.Withdrawn],
        [CandidateStage.Completed] = [CandidateStage.SecondRound, CandidateStage.Offer, CandidateStage.Rejected, CandidateStage.Withdrawn],
        [CandidateStage.SecondRound] = [CandidateStage.Offer, CandidateStage.Rejected, CandidateStage.Withdrawn],
        [CandidateStage.Offer] = [CandidateStage.Hired, CandidateStage.Rejected, CandidateStage.Withdrawn],
        [CandidateStage.Hired] = [],
        [CandidateStage.Rejected] = [],
        [CandidateStage.Withdrawn] = [],
    }.ToFrozenDictionary();

    public static bool CanMove(CandidateStage from, CandidateStage to) => Allowed[from].Contains(to);

    public static IReadOnlyList<CandidateStage> NextStages(CandidateStage from) => Allowed[from];
}
