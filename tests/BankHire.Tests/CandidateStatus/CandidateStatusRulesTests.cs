using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Web.CandidateStatus;

namespace BankHire.Tests.CandidateStatus;

/// <summary>HR's decisions come before the interview's own state; each stage has one next step.</summary>
public sealed class CandidateStatusRulesTests
{
    [Theory]
    [InlineData(CandidateStage.Invited, InterviewStatus.Invited, StatusStage.Invited, NextStep.Book)]
    [InlineData(CandidateStage.Booked, InterviewStatus.Booked, StatusStage.Booked, NextStep.StartInterview)]
    [InlineData(CandidateStage.Interviewing, InterviewStatus.InProgress, StatusStage.Interviewing, NextStep.ContinueInterview)]
    [InlineData(CandidateStage.Completed, InterviewStatus.Completed, StatusStage.Completed, NextStep.WaitForResult)]
    [InlineData(CandidateStage.SecondRound, InterviewStatus.Completed, StatusStage.SecondRound, NextStep.WaitForHr)]
    [InlineData(CandidateStage.Offer, InterviewStatus.Completed, StatusStage.Offer, NextStep.WaitForHr)]
    [InlineData(CandidateStage.Hired, InterviewStatus.Completed, StatusStage.Hired, NextStep.None)]
    [InlineData(CandidateStage.Rejected, InterviewStatus.Booked, StatusStage.NotSelected, NextStep.None)]
    [InlineData(CandidateStage.Withdrawn, InterviewStatus.Invited, StatusStage.Withdrawn, NextStep.None)]
    [InlineData(CandidateStage.Invited, InterviewStatus.Expired, StatusStage.Expired, NextStep.None)]
    [InlineData(CandidateStage.Interviewing, InterviewStatus.Abandoned, StatusStage.Ended, NextStep.None)]
    public void Stage_and_next_step(CandidateStage pipeline, InterviewStatus interview, StatusStage stage, NextStep next)
    {
        var actual = CandidateStatusRules.Stage(pipeline, interview);
        Assert.Equal((stage, next), (actual, CandidateStatusRules.Next(actual)));
        Assert.Equal(stage is StatusStage.Invited or StatusStage.Booked, CandidateStatusRules.CanBook(actual));
    }
}
