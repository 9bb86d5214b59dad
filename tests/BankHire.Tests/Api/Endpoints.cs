using BankHire.Web.Demo;

namespace BankHire.Tests.Api;

/// <summary>Every HR endpoint, with who may call it, so auth and bad-input rules are checked on all of them.</summary>
public static class Endpoints
{
    public enum Access { AnyHr, Recruiting, Interviewing, Admin, Auditing }

    public sealed record Endpoint(string Method, string Path, Access Access, bool TakesBody)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private static readonly Guid Candidate = DemoBank.CandidateId(DemoBank.Candidates[0]);
    private static readonly Guid Hired = DemoBank.CandidateId(DemoBank.Candidates.First(c => c.Stage == BankHire.Candidates.CandidateStage.Hired));
    private const string Job = "teller-2027-campus";
    private const string Branch = "SZ-FT";
    private const string Slot = "slot-1";
    private const string User = "no-such-user";
    private const string OnboardingTask = BankHire.Employees.Onboarding.OnboardingChecklist.Contract;

    /// <summary>The concrete values the paths below use for route parameters that are codes rather than ids.</summary>
    public static readonly IReadOnlySet<string> ExampleCodes = new HashSet<string> { Job, "teller", Branch, OnboardingTask, Slot, User };

    public static readonly IReadOnlyList<Endpoint> All =
    [
        new("GET", "/api/job-templates", Access.AnyHr, false),
        new("GET", "/api/job-templates/teller", Access.AnyHr, false),
        new("GET", "/api/jobs", Access.AnyHr, false),
        new("POST", "/api/jobs", Access.Recruiting, true),
        new("GET", $"/api/jobs/{Job}", Access.AnyHr, false),
        new("PUT", $"/api/jobs/{Job}/posting", Access.Recruiting, true),
        new("PUT", $"/api/jobs/{Job}/model", Access.Recruiting, true),
        new("GET", $"/api/jobs/{Job}/versions", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/versions/1", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/candidates", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/candidates/overview", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/candidates/page", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/candidates/export", Access.AnyHr, false),
        new("GET", "/api/pipeline/stages", Access.AnyHr, false),
        new("GET", "/api/features", Access.AnyHr, false),
        new("GET", "/api/model-card", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/model-card", Access.AnyHr, false),
        // Multipart, not JSON: its bad bodies are tested in ResumeUploadBadInputTests.
        new("POST", $"/api/jobs/{Job}/resumes", Access.Recruiting, false),
        new("GET", $"/api/jobs/{Job}/ranking", Access.AnyHr, false),
        // Multipart too: its bad bodies are tested in ScreeningValidationApiTests.
        new("POST", $"/api/jobs/{Job}/screening-validations", Access.Recruiting, false),
        new("GET", $"/api/jobs/{Job}/screening-validations", Access.AnyHr, false),
        new("POST", $"/api/jobs/{Job}/invitations/top", Access.Recruiting, true),
        new("POST", "/api/candidates", Access.Recruiting, true),
        new("GET", $"/api/candidates/{Candidate}", Access.AnyHr, false),
        new("PATCH", $"/api/candidates/{Candidate}", Access.Recruiting, true),
        new("POST", $"/api/candidates/{Candidate}/stage", Access.Recruiting, true),
        new("POST", "/api/candidates/bulk/stage", Access.Recruiting, true),
        new("GET", $"/api/candidates/{Candidate}/second-round", Access.AnyHr, false),
        new("POST", $"/api/candidates/{Candidate}/second-round", Access.Recruiting, true),
        new("PUT", $"/api/candidates/{Candidate}/second-round/scorecard", Access.Interviewing, true),
        new("GET", "/api/me/assignments", Access.Interviewing, false),
        new("POST", $"/api/candidates/{Candidate}/interviews", Access.Recruiting, true),
        new("GET", $"/api/candidates/{Candidate}/screening", Access.AnyHr, false),
        new("GET", $"/api/candidates/{Candidate}/profile", Access.AnyHr, false),
        new("GET", $"/api/candidates/{Candidate}/report.pdf", Access.AnyHr, false),
        new("GET", $"/api/interviews/{Guid.NewGuid()}", Access.Interviewing, false),
        new("GET", $"/api/interviews/{Guid.NewGuid()}/report", Access.Interviewing, false),
        new("GET", $"/api/interviews/{Guid.NewGuid()}/answers/{Guid.NewGuid()}/frames/0", Access.Interviewing, false),
        new("GET", "/api/notifications", Access.AnyHr, false),
        new("POST", $"/api/candidates/{Candidate}/invitations", Access.Recruiting, true),
        new("GET", $"/api/candidates/{Candidate}/invitations", Access.AnyHr, false),
        new("GET", $"/api/interviews/{Guid.NewGuid()}/qr.png", Access.Recruiting, false),
        new("GET", $"/api/jobs/{Job}/invitation-templates", Access.AnyHr, false),
        new("PUT", $"/api/jobs/{Job}/invitation-templates", Access.Recruiting, true),
        new("POST", $"/api/jobs/{Job}/invitation-templates/preview", Access.Recruiting, true),
        new("GET", $"/api/jobs/{Job}/slots", Access.AnyHr, false),
        new("POST", $"/api/jobs/{Job}/slots", Access.Recruiting, true),
        new("PUT", $"/api/jobs/{Job}/slots/{Slot}", Access.Recruiting, true),
        new("DELETE", $"/api/jobs/{Job}/slots/{Slot}", Access.Recruiting, false),
        new("GET", $"/api/jobs/{Job}/slots/{Slot}/bookings", Access.Recruiting, false),
        new("POST", $"/api/interviews/{Guid.NewGuid()}/feedback/release", Access.Recruiting, false),
        new("GET", "/api/employees", Access.AnyHr, false),
        new("POST", "/api/employees", Access.Recruiting, true),
        new("GET", $"/api/employees/{Hired}", Access.AnyHr, false),
        new("PUT", $"/api/employees/{Hired}", Access.Recruiting, true),
        new("POST", $"/api/employees/{Hired}/reviews", Access.Recruiting, true),
        new("POST", $"/api/employees/{Hired}/onboarding/{OnboardingTask}/done", Access.Recruiting, false),
        new("POST", $"/api/employees/{Hired}/sign-in-code", Access.Recruiting, false),
        new("GET", $"/api/employees/{Hired}/attendance", Access.AnyHr, false),
        new("GET", $"/api/employees/{Hired}/check-ins", Access.AnyHr, false),
        new("POST", $"/api/employees/{Hired}/check-ins/{Guid.Empty}/confirm", Access.Recruiting, false),
        new("GET", $"/api/employees/{Hired}/appeals", Access.AnyHr, false),
        new("POST", $"/api/employees/{Hired}/appeals/{Guid.Empty}/decision", Access.Recruiting, true),
        new("GET", $"/api/employees/{Hired}/leave", Access.AnyHr, false),
        new("POST", $"/api/employees/{Hired}/leave/{Guid.Empty}/decision", Access.Recruiting, true),
        new("PUT", $"/api/employees/{Hired}/shift", Access.Recruiting, true),
        new("GET", "/api/attendance", Access.AnyHr, false),
        new("GET", "/api/attendance/export", Access.AnyHr, false),
        new("GET", $"/api/branches/{Branch}/check-in-code", Access.AnyHr, false),
        new("POST", $"/api/employees/{Hired}/feedback", Access.Recruiting, true),
        // Multipart, not JSON.
        new("POST", "/api/performance/import", Access.Recruiting, false),
        new("GET", "/api/attrition", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/validity", Access.AnyHr, false),
        new("POST", $"/api/jobs/{Job}/validity/accept", Access.Recruiting, true),
        new("GET", "/api/analytics", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/agreement", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/analytics", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/analytics/export?format=csv", Access.AnyHr, false),
        new("GET", "/api/bank", Access.AnyHr, false),
        new("PUT", "/api/bank", Access.Admin, true),
        new("GET", "/api/users", Access.Admin, false),
        new("POST", "/api/users", Access.Admin, true),
        new("PUT", $"/api/users/{User}/roles", Access.Admin, true),
        new("PUT", $"/api/users/{User}/access", Access.Admin, true),
        new("GET", "/api/auth/me", Access.AnyHr, false),
        new("POST", "/api/auth/logout", Access.AnyHr, false),
        new("GET", "/api/admin/cluster", Access.Admin, false),
        new("GET", "/api/admin/pipeline-profile", Access.Admin, false),
        new("GET", "/api/lexicon", Access.AnyHr, false),
        new("POST", "/api/lexicon", Access.Recruiting, true),
        new("POST", "/api/integrations/keys", Access.Admin, true),
        new("GET", "/api/integrations/keys", Access.Admin, false),
        new("DELETE", $"/api/integrations/keys/{Guid.NewGuid()}", Access.Admin, false),
        new("POST", "/api/integrations/webhooks", Access.Admin, true),
        new("GET", "/api/integrations/webhooks", Access.Admin, false),
        new("GET", $"/api/integrations/webhooks/{Guid.NewGuid()}", Access.Admin, false),
        new("DELETE", $"/api/integrations/webhooks/{Guid.NewGuid()}", Access.Admin, false),
        new("GET", $"/api/integrations/webhooks/{Guid.NewGuid()}/deliveries", Access.Admin, false),
        new("GET", "/dashboard/", Access.Admin, false),
        new("POST", $"/api/candidates/{Candidate}/decision", Access.Recruiting, true),
        new("GET", "/api/talent-pool", Access.AnyHr, false),
        new("POST", $"/api/talent-pool/{Candidate}/rematch", Access.Recruiting, true),
        new("GET", $"/api/candidates/{Candidate}/privacy", Access.AnyHr, false),
        // A candidate nobody else uses: an admin's valid body would erase them.
        new("POST", $"/api/candidates/{Guid.NewGuid()}/privacy/erase", Access.Admin, true),
        new("GET", "/api/privacy/deletion-requests", Access.AnyHr, false),
        new("GET", $"/api/jobs/{Job}/impact-assessment", Access.AnyHr, false),
        new("PUT", $"/api/jobs/{Job}/impact-assessment", Access.Recruiting, true),
        new("PUT", $"/api/interviews/{Guid.NewGuid()}/notice", Access.Recruiting, true),
        new("GET", $"/api/jobs/{Job}/adverse-impact", Access.AnyHr, false),
        new("GET", "/api/audit", Access.Auditing, false),
        new("GET", "/api/audit/export", Access.Auditing, false),
        new("GET", "/api/audit/verify", Access.Auditing, false),
    ];

    public static TheoryData<Endpoint> Where(Func<Endpoint, bool> predicate)
    {
        var data = new TheoryData<Endpoint>();
        foreach (var e in All.Where(predicate)) data.Add(e);
        return data;
    }

    public static HttpRequestMessage Request(Endpoint e, string? json = null) => new(new HttpMethod(e.Method), e.Path)
    {
        Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
    };
}
