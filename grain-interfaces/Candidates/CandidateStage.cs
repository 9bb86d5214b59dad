namespace BankHire.Candidates;

/// <summary>Where a candidate is in the hiring pipeline (待预约 = Invited, 待面试 = Booked, 复试 = SecondRound).</summary>
[GenerateSerializer, Alias("bankhire.CandidateStage")]
public enum CandidateStage
{
    Applied,
    Screened,
    Invited,
    Booked,
    Interviewing,
    Completed,
    SecondRound,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}
