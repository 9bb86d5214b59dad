using System.Collections.Immutable;

namespace BankHire.Integrations;

/// <summary>What an integration client's API key may do. Each scope stands for one set of HR endpoints.</summary>
public static class ApiKeyScopes
{
    /// <summary>Reads of candidates, jobs and the pipeline (what an auditor may read).</summary>
    public const string CandidatesRead = "candidates:read";

    /// <summary>Creating candidates and moving them through the pipeline (what a recruiter may do).</summary>
    public const string CandidatesWrite = "candidates:write";

    /// <summary>Reading interview reports (what an interviewer may read).</summary>
    public const string ReportsRead = "reports:read";

    /// <summary>Managing outgoing webhook subscriptions.</summary>
    public const string WebhooksManage = "webhooks:manage";

    public static readonly ImmutableArray<string> All = [CandidatesRead, CandidatesWrite, ReportsRead, WebhooksManage];
}
