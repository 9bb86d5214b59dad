using BankHire.Candidates;
using BankHire.Interviews;

namespace BankHire.Web.CandidateStatus;

/// <summary>
/// The candidate's stage and next step from the pipeline stage HR keeps and the state of the interview their link
/// opens: HR's decisions (second round, offer, hired, not selected, withdrawn) come first, else the interview's own.
/// </summary>
public static class CandidateStatusRules
{
    public static StatusStage Stage(CandidateStage pipeline, InterviewStatus interview) => pipeline switch
    {
        CandidateStage.SecondRound => StatusStage.SecondRound,
        CandidateStage.Offer => StatusStage.Offer,
        CandidateStage.Hired => StatusStage.Hired,
        CandidateStage.Rejected => StatusStage.NotSelected,
        CandidateStage.Withdrawn => StatusStage.Withdrawn,
        _ => interview switch
        {
            InterviewStatus.Invited => StatusStage.Invited,
            InterviewStatus.Booked => StatusStage.Booked,
            InterviewStatus.InProgress => StatusStage.Interviewing,
            InterviewStatus.Completed => StatusStage.Completed,
            InterviewStatus.Expired => StatusStage.Expired,
            _ => StatusStage.Ended,
        },
    };

    public static NextStep Next(StatusStage stage) => stage switch
    {
        StatusStage.Invited => NextStep.Book,
        StatusStage.Booked => NextStep.StartInterview,
        StatusStage.Interviewing => NextStep.ContinueInterview,
        StatusStage.Completed => NextStep.WaitForResult,
        StatusStage.SecondRound or StatusStage.Offer => NextStep.WaitForHr,
        _ => NextStep.None,
    };

    /// <summary>A slot may be booked, or moved, until the interview starts.</summary>
    public static bool CanBook(StatusStage stage) => stage is StatusStage.Invited or StatusStage.Booked;
}
