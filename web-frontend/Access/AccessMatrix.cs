using System.Collections.Frozen;
using BankHire.Identity;
using BankHire.Integrations;
using static BankHire.Web.Access.PersonalData;

namespace BankHire.Web.Access;

/// <summary>
/// Need-to-know, in one table: for every route, which HR roles and API scopes may call it, which personal data it can
/// show, whose data it is about and why it is read; and for every role and scope, which kinds of personal data it sees.
/// <see cref="AccessGate"/> enforces it (403 for a role or scope not in a route's audience, or an interviewer not assigned
/// to the person; fields of kinds not granted removed from the answer) and writes the audit trail from it. A route with no
/// row is refused, and a test fails when a mapped route has none.
/// Interviewers reach a person's routes only when assigned to them (the second round's interviewers); of a job's
/// candidate list they get the people assigned to them (their worklist), of other lists nothing. HR sees composite scores, not expression-level data (seed 000: "HR只能查看候选人的综合得分,
/// 无法查看具体的表情分析数据"); auditors read the audit trail and decisions, never media, transcripts or contact details.
/// </summary>
public static class AccessMatrix
{
    public const string Candidate = "candidate";
    public const string Employed = "employee";
    public const string Anyone = "anyone";

    private const string Admin = HrRoles.Admin, Recruiter = HrRoles.Recruiter, Interviewer = HrRoles.Interviewer, Auditor = HrRoles.Auditor;
    private const string Read = ApiKeyScopes.CandidatesRead, Write = ApiKeyScopes.CandidatesWrite, Reports = ApiKeyScopes.ReportsRead, Hooks = ApiKeyScopes.WebhooksManage;

    /// <summary>Which kinds of personal data each role and scope sees (a candidate or employee sees all of their own).</summary>
    public static readonly FrozenDictionary<string, PersonalData> Grants = new Dictionary<string, PersonalData>
    {
        [Admin] = Profile | Contact | Resume | Scores | Expression | Frames | Transcripts | Interview | Employee | SelfIdentification | PersonalData.Audit | Export,
        [Recruiter] = Profile | Contact | Resume | Scores | Transcripts | Interview | Employee | SelfIdentification | Export,
        [Interviewer] = Profile | Resume | Scores | Expression | Frames | Transcripts | Interview,
        [Auditor] = Profile | Resume | Scores | Interview | Employee | SelfIdentification | PersonalData.Audit,
        [Read] = Profile | Contact | Resume | Scores | Interview | Employee | SelfIdentification,
        [Write] = Profile | Contact | Resume | Scores | Interview | Employee | SelfIdentification,
        [Reports] = Scores,
        [Hooks] = PersonalData.None,
        [Candidate] = (PersonalData)~0,
        [Employed] = (PersonalData)~0,
        [Anyone] = PersonalData.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Audiences. Reads open to the HR office, with and without interviewers; writes by recruiting; admin only.
    private static readonly string[] Staff = [Admin, Recruiter, Interviewer, Auditor, Read, Write];
    private static readonly string[] Office = [Admin, Recruiter, Auditor, Read, Write];
    private static readonly string[] Recruiting = [Admin, Recruiter, Write];
    private static readonly string[] Interviewing = [Admin, Recruiter, Interviewer, Write];
    private static readonly string[] AdminOnly = [Admin];
    private static readonly string[] Auditing = [Admin, Auditor];
    private static readonly string[] Own = [Candidate];
    private static readonly string[] Staffed = [Employed];
    private static readonly string[] Public = [Anyone];

    // Fields shown only with their kind granted.
    private static readonly FieldRule[] ContactOfCandidate = [new(Contact, "application.contact.email"), new(Contact, "application.contact.phone")];
    private static readonly FieldRule[] ContactOfList = [new(Contact, "[].application.contact.email"), new(Contact, "[].application.contact.phone")];
    private static readonly FieldRule[] ContactOfEmployee = [new(Contact, "record.email"), new(Contact, "record.phone")];
    private static readonly FieldRule[] ContactOfEmployees = [new(Contact, "[].record.email"), new(Contact, "[].record.phone")];
    private static readonly FieldRule[] ExpressionAnywhere = [new(Expression, "")];
    private static readonly FieldRule[] ExpressionInRenderedReport = [new(Expression, "", ByRoute: true)];
    private static readonly FieldRule[] ProfileFields =
    [
        new(Contact, "candidate.application.contact.email"), new(Contact, "candidate.application.contact.phone"),
        new(Expression, ""), new(Expression, "report@json"),
        new(Transcripts, "answers[].transcript"), new(Transcripts, "answers[].explanations"), new(Frames, "answers[].frames", ByRoute: true),
    ];

    public static readonly IReadOnlyList<RouteAccess> Routes =
    [
        // Sign-in, health, the API document.
        R("POST /api/auth/login", Public, PersonalData.None, Subject.None, "sign-in"),
        R("POST /api/auth/logout", [.. Staff, Hooks, Reports], PersonalData.None, Subject.None, "sign-out"),
        R("GET /api/auth/me", [.. Staff, Hooks, Reports], PersonalData.None, Subject.None, "session"),
        R("GET /health/live", Public, PersonalData.None, Subject.None, "health"),
        R("GET /health/ready", Public, PersonalData.None, Subject.None, "health"),
        R("GET /openapi/{documentName}.json", Public, PersonalData.None, Subject.None, "API document"),

        // The bank, users, the cluster, integrations.
        R("GET /api/bank/", Staff, PersonalData.None, Subject.None, "configuration"),
        R("PUT /api/bank/", AdminOnly, PersonalData.None, Subject.None, "configuration"),
        R("GET /api/users/", AdminOnly, PersonalData.None, Subject.None, "user administration"),
        R("POST /api/users/", AdminOnly, PersonalData.None, Subject.None, "user administration"),
        R("PUT /api/users/{userName}/roles", AdminOnly, PersonalData.None, Subject.None, "user administration"),
        R("PUT /api/users/{userName}/access", AdminOnly, PersonalData.None, Subject.None, "user administration"),
        R("GET /api/admin/cluster", AdminOnly, PersonalData.None, Subject.None, "operations"),
        R("GET /api/admin/pipeline-profile", AdminOnly, PersonalData.None, Subject.None, "operations"),
        R("POST /api/integrations/keys", AdminOnly, PersonalData.None, Subject.None, "integration"),
        R("GET /api/integrations/keys", AdminOnly, PersonalData.None, Subject.None, "integration"),
        R("DELETE /api/integrations/keys/{id:guid}", AdminOnly, PersonalData.None, Subject.None, "integration"),
        R("POST /api/integrations/webhooks", [Admin, Hooks], PersonalData.None, Subject.None, "integration"),
        R("GET /api/integrations/webhooks", [Admin, Hooks], PersonalData.None, Subject.None, "integration"),
        R("GET /api/integrations/webhooks/{id:guid}", [Admin, Hooks], PersonalData.None, Subject.None, "integration"),
        R("DELETE /api/integrations/webhooks/{id:guid}", [Admin, Hooks], PersonalData.None, Subject.None, "integration"),
        R("GET /api/integrations/webhooks/{id:guid}/deliveries", [Admin, Hooks], PersonalData.None, Subject.None, "integration"),
        R("GET /api/notifications", Staff, Profile, Subject.None, "HR notifications"),

        // The audit trail.
        R("GET /api/audit", Auditing, PersonalData.Audit, Subject.None, "audit"),
        R("GET /api/audit/export", Auditing, PersonalData.Audit, Subject.None, "audit"),
        R("GET /api/audit/verify", Auditing, PersonalData.Audit, Subject.None, "audit"),

        // Jobs, models, templates, slots (no personal data).
        R("GET /api/job-templates/", Staff, PersonalData.None, Subject.None, "job design"),
        R("GET /api/job-templates/{code}", Staff, PersonalData.None, Subject.None, "job design"),
        R("GET /api/jobs/", Staff, PersonalData.None, Subject.None, "job design"),
        R("POST /api/jobs/", Recruiting, PersonalData.None, Subject.None, "job design"),
        R("GET /api/jobs/{jobId}", Staff, PersonalData.None, Subject.Job(), "job design"),
        R("PUT /api/jobs/{jobId}/posting", Recruiting, PersonalData.None, Subject.Job(), "job design"),
        R("PUT /api/jobs/{jobId}/model", Recruiting, PersonalData.None, Subject.Job(), "job design"),
        R("GET /api/jobs/{jobId}/versions", Staff, PersonalData.None, Subject.Job(), "job design"),
        R("GET /api/jobs/{jobId}/versions/{version:int}", Staff, PersonalData.None, Subject.Job(), "job design"),
        R("GET /api/features", Staff, PersonalData.None, Subject.None, "job design"),
        R("GET /api/pipeline/stages", Staff, PersonalData.None, Subject.None, "pipeline design"),
        R("GET /api/model-card", Staff, PersonalData.None, Subject.None, "transparency"),
        R("GET /api/jobs/{jobId}/model-card", Staff, PersonalData.None, Subject.Job(), "transparency"),
        R("GET /api/lexicon/", Staff, PersonalData.None, Subject.None, "screening design"),
        R("POST /api/lexicon/", Recruiting, PersonalData.None, Subject.None, "screening design"),
        R("GET /api/jobs/{jobId}/slots", Staff, PersonalData.None, Subject.Job(), "scheduling"),
        R("POST /api/jobs/{jobId}/slots", Recruiting, PersonalData.None, Subject.Job(), "scheduling"),
        R("PUT /api/jobs/{jobId}/slots/{slotId}", Recruiting, PersonalData.None, Subject.Job(), "scheduling"),
        R("DELETE /api/jobs/{jobId}/slots/{slotId}", Recruiting, PersonalData.None, Subject.Job(), "scheduling"),
        R("GET /api/jobs/{jobId}/slots/{slotId}/bookings", Recruiting, Profile, Subject.Job(), "scheduling"),
        R("GET /api/jobs/{jobId}/invitation-templates", Staff, PersonalData.None, Subject.Job(), "invitations"),
        R("PUT /api/jobs/{jobId}/invitation-templates", Recruiting, PersonalData.None, Subject.Job(), "invitations"),
        R("POST /api/jobs/{jobId}/invitation-templates/preview", Recruiting, PersonalData.None, Subject.Job(), "invitations"),
        R("GET /api/analytics", Staff, PersonalData.None, Subject.None, "pipeline analytics (aggregate)"),
        R("GET /api/jobs/{jobId}/analytics", Staff, PersonalData.None, Subject.Job(), "pipeline analytics (aggregate)"),
        R("GET /api/jobs/{jobId}/analytics/export", Staff, PersonalData.None, Subject.Job(), "pipeline analytics (aggregate)"),
        R("GET /api/branches/{code}/check-in-code", Staff, PersonalData.None, Subject.None, "attendance"),

        // Candidates.
        R("POST /api/candidates", Recruiting, Profile | Contact, Subject.None, "application"),
        R("GET /api/candidates/{id:guid}", [.. Staff], Profile | Contact | Scores | Interview, Subject.Candidate(), "candidate review", ContactOfCandidate),
        R("PATCH /api/candidates/{id:guid}", Recruiting, Profile | Contact, Subject.Candidate(), "candidate record update"),
        R("POST /api/candidates/{id:guid}/stage", Recruiting, Profile, Subject.Candidate(), "pipeline decision"),
        R("POST /api/candidates/bulk/stage", Recruiting, Profile, Subject.None, "pipeline decision"),
        R("POST /api/candidates/{id:guid}/interviews", Recruiting, Interview, Subject.Candidate(), "invitation"),
        R("POST /api/candidates/{id:guid}/decision", Recruiting, Scores, Subject.Candidate(), "hiring decision"),
        R("GET /api/jobs/{jobId}/candidates", Staff, Profile | Contact | Scores, Subject.Job(), "candidate review", ContactOfList),
        R("GET /api/jobs/{jobId}/candidates/overview", Staff, Profile | Resume | Scores, Subject.Job(), "candidate review"),
        R("GET /api/jobs/{jobId}/candidates/page", Office, Profile | Resume | Scores, Subject.Job(), "candidate review"),
        R("GET /api/jobs/{jobId}/candidates/export", Office, Profile | Resume | Scores, Subject.Job(), "candidate review (export)"),
        R("GET /api/candidates/{id:guid}/profile", Staff, Profile | Contact | Resume | Scores | Expression | Frames | Transcripts | Interview,
            Subject.Candidate(), "candidate review", ProfileFields),
        R("GET /api/candidates/{id:guid}/report.pdf", Staff, Profile | Scores | Expression, Subject.Candidate(), "candidate report", ExpressionInRenderedReport),
        R("GET /api/candidates/{id:guid}/screening", Staff, Resume | Scores, Subject.Candidate(), "resume screening"),
        R("POST /api/jobs/{jobId}/resumes", Recruiting, Profile | Contact | Resume, Subject.Job(), "resume intake"),
        R("GET /api/jobs/{jobId}/ranking", Office, Profile | Resume | Scores, Subject.Job(), "resume screening"),
        R("POST /api/jobs/{jobId}/invitations/top", Recruiting, Interview, Subject.Job(), "invitation"),
        R("POST /api/jobs/{jobId}/screening-validations", Recruiting, Resume, Subject.Job(), "screening validation"),
        R("GET /api/jobs/{jobId}/screening-validations", Office, Resume | Scores, Subject.Job(), "screening validation"),
        R("POST /api/candidates/{id:guid}/invitations", Recruiting, Contact | Interview, Subject.Candidate(), "invitation"),
        R("GET /api/candidates/{id:guid}/invitations", [Admin, Recruiter, Read, Write], Contact | Interview, Subject.Candidate(), "invitation"),
        R("GET /api/talent-pool", Office, Profile | Scores, Subject.None, "talent pool"),
        R("POST /api/talent-pool/{candidateId:guid}/rematch", Recruiting, Profile | Resume, Subject.Candidate("candidateId"), "talent pool"),

        // Second round.
        R("GET /api/candidates/{id:guid}/second-round", Staff, Scores, Subject.Candidate(), "second round"),
        R("POST /api/candidates/{id:guid}/second-round", Recruiting, Interview, Subject.Candidate(), "second round"),
        R("PUT /api/candidates/{id:guid}/second-round/scorecard", Interviewing, Scores, Subject.Candidate(), "second round"),
        R("GET /api/me/assignments", Interviewing, Profile, Subject.None, "own worklist"),
        R("GET /api/jobs/{jobId}/agreement", Office, Scores, Subject.Job(), "AI and interviewer agreement"),

        // Interviews.
        R("GET /api/interviews/{id:guid}", Interviewing, Interview, Subject.Interview(), "interview review"),
        R("GET /api/interviews/{id:guid}/report", [.. Interviewing, Reports], Scores | Expression, Subject.Interview(), "interview review", ExpressionAnywhere),
        R("POST /api/interviews/{id:guid}/feedback/release", Recruiting, Scores, Subject.Interview(), "candidate feedback"),
        R("GET /api/interviews/{id:guid}/answers/{questionId}/frames/{seq:int}", [Admin, Interviewer], Frames, Subject.Interview(), "interview review"),
        R("GET /api/interviews/{id:guid}/qr.png", Recruiting, PersonalData.None, Subject.Interview(), "invitation (retired)"),

        // Privacy and fairness.
        R("GET /api/candidates/{id:guid}/privacy", Office, Interview, Subject.Candidate(), "data-subject rights"),
        R("GET /api/jobs/{jobId}/impact-assessment", Office, PersonalData.None, Subject.Job(), "impact assessment"),
        R("PUT /api/jobs/{jobId}/impact-assessment", Recruiting, PersonalData.None, Subject.Job(), "impact assessment"),
        R("PUT /api/interviews/{id:guid}/notice", Recruiting, Interview, Subject.Interview(), "jurisdiction notice"),
        R("POST /api/candidates/{id:guid}/privacy/erase", AdminOnly, Export, Subject.Candidate(), "erasure"),
        R("GET /api/privacy/deletion-requests", Office, Profile, Subject.None, "data-subject rights"),
        R("GET /api/jobs/{jobId}/adverse-impact", Office, SelfIdentification, Subject.Job(), "bias audit (aggregate)"),

        // Employees.
        R("GET /api/employees/", Office, Employee | Contact, Subject.None, "employee records", ContactOfEmployees),
        R("POST /api/employees/", Recruiting, Employee | Contact, Subject.None, "employee records"),
        R("GET /api/employees/{id:guid}", Office, Employee | Contact, Subject.Employee(), "employee records", ContactOfEmployee),
        R("PUT /api/employees/{id:guid}", Recruiting, Employee | Contact, Subject.Employee(), "employee records"),
        R("POST /api/employees/{id:guid}/onboarding/{task}/done", Recruiting, Employee, Subject.Employee(), "onboarding"),
        R("POST /api/employees/{id:guid}/sign-in-code", Recruiting, Employee, Subject.Employee(), "onboarding"),
        R("POST /api/employees/{id:guid}/reviews", Recruiting, Employee, Subject.Employee(), "performance"),
        R("POST /api/employees/{id:guid}/feedback", Recruiting, Employee, Subject.Employee(), "performance"),
        R("POST /api/performance/import", Recruiting, Employee, Subject.None, "performance"),
        R("GET /api/attrition", Office, Employee | Scores, Subject.None, "attrition risk"),
        R("GET /api/jobs/{jobId}/validity", Office, Employee | Scores, Subject.Job(), "predictive validity"),
        R("POST /api/jobs/{jobId}/validity/accept", Recruiting, PersonalData.None, Subject.Job(), "predictive validity"),
        R("GET /api/employees/{id:guid}/attendance", Office, Employee, Subject.Employee(), "attendance"),
        R("GET /api/employees/{id:guid}/check-ins", Office, Employee, Subject.Employee(), "attendance"),
        R("POST /api/employees/{id:guid}/check-ins/{checkInId:guid}/confirm", Recruiting, Employee, Subject.Employee(), "attendance"),
        R("GET /api/employees/{id:guid}/appeals", Office, Employee, Subject.Employee(), "attendance"),
        R("POST /api/employees/{id:guid}/appeals/{appealId:guid}/decision", Recruiting, Employee, Subject.Employee(), "attendance"),
        R("GET /api/employees/{id:guid}/leave", Office, Employee, Subject.Employee(), "attendance"),
        R("POST /api/employees/{id:guid}/leave/{leaveId:guid}/decision", Recruiting, Employee, Subject.Employee(), "attendance"),
        R("PUT /api/employees/{id:guid}/shift", Recruiting, Employee, Subject.Employee(), "attendance"),
        R("GET /api/attendance/", Office, Employee, Subject.None, "attendance"),
        R("GET /api/attendance/export", Office, Employee, Subject.None, "attendance"),

        // The candidate's own pages (their invitation token is checked by the route itself).
        R("GET /api/candidate/interview", Own, Interview, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/booking", Own, PersonalData.None, Subject.OwnToken, "own interview (retired)", audit: AuditWhen.ChangesOnly),
        R("GET /api/candidate/interview/slots", Own, PersonalData.None, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/slot", Own, Interview, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/consent", Own, Interview, Subject.OwnToken, "consent", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/consent/withdraw", Own, Interview, Subject.OwnToken, "consent", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/device-check", Own, Interview, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/start", Own, Interview, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/questions/{questionId}/begin", Own, Interview, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/questions/{questionId}/finish", Own, Transcripts, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("GET /api/candidate/interview/hints", Own, PersonalData.None, Subject.OwnToken, "own interview", audit: AuditWhen.Never),
        R("POST /api/candidate/interview/integrity", Own, Interview, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("POST /api/candidate/interview/complete", Own, Interview, Subject.OwnToken, "own interview", audit: AuditWhen.ChangesOnly),
        R("GET /api/candidate/interview/feedback", Own, Scores, Subject.OwnToken, "own feedback", audit: AuditWhen.ChangesOnly),
        R("GET /api/candidate/status", Own, Profile, Subject.OwnToken, "own status", audit: AuditWhen.ChangesOnly),
        R("GET /api/candidate/privacy", Own, Interview, Subject.OwnToken, "data-subject rights", audit: AuditWhen.ChangesOnly),
        R("GET /api/candidate/privacy/export", Own, Export, Subject.OwnToken, "data-subject access (export)"),
        R("POST /api/candidate/privacy/deletion-request", Own, Export, Subject.OwnToken, "data-subject erasure request"),
        R("POST /api/candidate/privacy/alternative-process", Own, Interview, Subject.OwnToken, "alternative process request", audit: AuditWhen.ChangesOnly),
        R("GET /api/candidate/self-identification", Own, SelfIdentification, Subject.OwnToken, "self-identification", audit: AuditWhen.ChangesOnly),
        R("PUT /api/candidate/self-identification", Own, SelfIdentification, Subject.OwnToken, "self-identification", audit: AuditWhen.ChangesOnly),
        R("DELETE /api/candidate/self-identification", Own, SelfIdentification, Subject.OwnToken, "self-identification", audit: AuditWhen.ChangesOnly),
        R("PUT /api/interviews/{id:guid}/answers/{questionId}/chunks/{seq:int}", Own, Frames | Transcripts, Subject.Interview(), "own interview", audit: AuditWhen.Never),
        R("POST /api/interviews/{id:guid}/answers/{questionId}/recording", Own, Frames | Transcripts, Subject.Interview(), "own interview", audit: AuditWhen.Never),
        R("GET /api/interviews/{id:guid}/answers/{questionId}/recording", Own, Frames | Transcripts, Subject.Interview(), "own interview", audit: AuditWhen.Never),
        R("PATCH /api/interviews/{id:guid}/answers/{questionId}/recording", Own, Frames | Transcripts, Subject.Interview(), "own interview", audit: AuditWhen.Never),
        R("POST /api/interviews/{id:guid}/answers/{questionId}/recording/finish", Own, Frames | Transcripts, Subject.Interview(), "own interview", audit: AuditWhen.ChangesOnly),

        // The employee's own page (their sign-in code is checked by the route itself).
        R("GET /api/employee/", Staffed, Employee, Subject.OwnCode, "own attendance", audit: AuditWhen.ChangesOnly),
        R("POST /api/employee/check-ins", Staffed, Employee, Subject.OwnCode, "own attendance", audit: AuditWhen.ChangesOnly),
        R("GET /api/employee/month", Staffed, Employee, Subject.OwnCode, "own attendance", audit: AuditWhen.ChangesOnly),
        R("POST /api/employee/appeals", Staffed, Employee, Subject.OwnCode, "own attendance", audit: AuditWhen.ChangesOnly),
        R("POST /api/employee/leave", Staffed, Employee, Subject.OwnCode, "own attendance", audit: AuditWhen.ChangesOnly),
        R("GET /api/employee/face/", Staffed, Employee, Subject.OwnCode, "face check-in", audit: AuditWhen.ChangesOnly),
        R("PUT /api/employee/face/consent", Staffed, Employee, Subject.OwnCode, "face check-in consent", audit: AuditWhen.ChangesOnly),
        R("POST /api/employee/face/challenge", Staffed, Employee, Subject.OwnCode, "face check-in", audit: AuditWhen.ChangesOnly),
        R("POST /api/employee/face/enrol", Staffed, Employee, Subject.OwnCode, "face check-in enrolment (biometric)", audit: AuditWhen.ChangesOnly),
        R("POST /api/employee/face/verify", Staffed, Employee, Subject.OwnCode, "face check-in (biometric)", audit: AuditWhen.ChangesOnly),
    ];

    /// <summary>The Orleans dashboard: every route under it is the admin's (operations, no personal data).</summary>
    public static readonly RouteAccess Dashboard = new("*", "/dashboard/**", new HashSet<string>(AdminOnly), PersonalData.None, Subject.None, "operations", [], AuditWhen.ChangesOnly);

    private static readonly FrozenDictionary<string, RouteAccess> ByKey = Routes.ToFrozenDictionary(r => r.Method + " " + Normal(r.Pattern), StringComparer.Ordinal);

    private static string Normal(string pattern) => pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;

    /// <summary>Role/scope × route decisions the table makes (each audience member of each row).</summary>
    public static int Size => Routes.Sum(r => r.Audience.Count) + Dashboard.Audience.Count;

    /// <summary>The row for a route; a group's "" route (<c>/api/audit/</c>) is the same route as <c>/api/audit</c>.</summary>
    public static RouteAccess? Find(string method, string pattern) =>
        ByKey.GetValueOrDefault(method + " " + Normal(pattern))
        ?? (pattern == "/dashboard" || pattern.StartsWith("/dashboard/", StringComparison.Ordinal) ? Dashboard : null);

    public static PersonalData GrantsOf(IEnumerable<string> rolesOrScopes) =>
        rolesOrScopes.Aggregate(PersonalData.None, (all, r) => all | Grants.GetValueOrDefault(r));

    private static RouteAccess R(string route, string[] audience, PersonalData shows, Subject subject, string purpose,
        FieldRule[]? fields = null, AuditWhen audit = AuditWhen.PersonalDataAndChanges)
    {
        var space = route.IndexOf(' ');
        return new RouteAccess(route[..space], route[(space + 1)..], audience.ToFrozenSet(StringComparer.Ordinal), shows, subject, purpose, fields ?? [], audit);
    }
}
