using System.Collections.Immutable;

namespace BankHire.Integrations;

public static class WebhookEventTypes
{
    public const string CandidateStageChanged = "candidate.stage_changed";
    public const string InterviewCompleted = "interview.completed";
    public const string InterviewReportReady = "interview.report_ready";

    public static readonly ImmutableArray<string> All = [CandidateStageChanged, InterviewCompleted, InterviewReportReady];
}
