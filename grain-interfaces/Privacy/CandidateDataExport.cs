using System.Collections.Immutable;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Resumes;
using BankHire.Scoring;

namespace BankHire.Privacy;

/// <summary>Everything BankHire holds about one candidate in one job, as handed to them on request.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.CandidateDataExport")]
public sealed record CandidateDataExport(
    DateTimeOffset ExportedAt,
    CandidateSnapshot Candidate,
    ResumeScreening? Screening,
    StoredResume? Resume,
    ImmutableArray<InterviewProgress> Interviews,
    ImmutableArray<InterviewReport> Reports,
    ImmutableArray<HrDecision> Decisions,
    CandidatePrivacy Privacy);
