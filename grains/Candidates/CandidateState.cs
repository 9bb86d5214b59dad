namespace BankHire.Candidates;

[GenerateSerializer, Alias("bankhire.CandidateState")]
public sealed class CandidateState
{
    [Id(0)] public CandidateSnapshot? Candidate { get; set; }

    [Id(1)] public ResumeScreening? Screening { get; set; }

    [Id(2)] public List<InterviewReportSummary> InterviewReports { get; set; } = [];

    /// <summary>HR's decisions, oldest first; the latest is also on the snapshot.</summary>
    [Id(3)] public List<HrDecision> Decisions { get; set; } = [];
}
