using BankHire.Audit;
using BankHire.Employees.Onboarding;
using BankHire.Identity;
using BankHire.Interviews;
using BankHire.SecondRound;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace BankHire.Web.Access;

/// <summary>
/// The one place that enforces <see cref="AccessMatrix"/> and writes the audit trail. <see cref="UseAccessAudit"/> wraps
/// the pipeline (outside the exception handler, so it sees every final answer): for an audited route it holds the answer,
/// removes the fields the caller is not granted, appends the entry (actor, time, purpose, client, subject, status) and
/// only then lets the answer go — if the entry cannot be stored, the caller gets 503, not the data.
/// <see cref="UseAccessGate"/> runs after authentication: it refuses a role or scope outside the route's audience, an
/// interviewer not assigned to the person, and a route the matrix has no row for.
/// </summary>
public static class AccessGate
{
    /// <summary>A caller may state why they read (e.g. a case number); otherwise the route's purpose is recorded.</summary>
    public const string PurposeHeader = "X-Purpose";
    public const string RedactedHeader = "X-Redacted";

    public static void UseAccessAudit(this IApplicationBuilder app) => app.Use(RecordAsync);

    public static void UseAccessGate(this IApplicationBuilder app) => app.Use(DecideAsync);

    public static RouteAccess? RouteOf(HttpContext http) =>
        http.GetEndpoint() is RouteEndpoint endpoint && endpoint.RoutePattern.RawText is { } pattern
            ? AccessMatrix.Find(http.Request.Method, pattern.Length == 0 || pattern[0] != '/' ? "/" + pattern : pattern)
            : null;

    private static bool IsRouteHandler(HttpContext http) =>
        http.GetEndpoint() is RouteEndpoint endpoint && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not null;

    private static async Task DecideAsync(HttpContext http, RequestDelegate next)
    {
        var route = RouteOf(http);
        if (route is null)
        {
            if (IsRouteHandler(http))
                throw new ApiProblemException(StatusCodes.Status403Forbidden, "No access decision",
                    "This route has no row in the access matrix, so nobody may use it.") { Code = "access.undecided" };
            await next(http);
            return;
        }
        var requester = Requester.Of(http);
        var own = route.Audience.Contains(AccessMatrix.Anyone) || route.Audience.Contains(AccessMatrix.Candidate) || route.Audience.Contains(AccessMatrix.Employed);
        if (own || requester.Kind is not (RequesterKind.Hr or RequesterKind.ApiKey))
        {
            // Tokens and codes are checked by the route itself; HR sign-ins and keys are refused there too.
            var self = own ? AccessMatrix.GrantsOf(route.Audience) : PersonalData.None;
            http.Features.Set(new AccessDecision(route, requester, self, FieldRedaction.Withheld(route, self), SubjectOf(http, route)));
            await next(http);
            return;
        }
        var qualifying = requester.Grants.Where(route.Audience.Contains).ToList();
        if (qualifying.Count == 0)
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Not needed for your role",
                $"{Describe(requester)} may not use {route.Method} {route.Pattern}.") { Code = "access.role" };
        if (qualifying is [HrRoles.Interviewer] && route.Subject.IsPerson && !await AssignedAsync(http, route, requester.Name))
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Not your candidate",
                "Interviewers see only the candidates they are assigned to.") { Code = "access.not-assigned" };
        var granted = AccessMatrix.GrantsOf(qualifying);
        http.Features.Set(new AccessDecision(route, requester, granted, FieldRedaction.Withheld(route, granted), SubjectOf(http, route))
        {
            AssignedOnly = qualifying is [HrRoles.Interviewer],
        });
        await next(http);
    }

    private static async Task RecordAsync(HttpContext http, RequestDelegate next)
    {
        var route = RouteOf(http);
        if (route is null || !route.Audited)
        {
            await next(http);
            return;
        }
        // Before the answer: an exception handler clears the route values the subject is read from.
        var subject = SubjectOf(http, route);
        var original = http.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(http);
        }
        finally
        {
            http.Features.Set(original);
        }

        var decision = AccessDecision.Of(http);
        var requester = decision?.Requester ?? Requester.Of(http);
        var body = buffer.ToArray();
        var withheld = FieldRedaction.ForGate(decision?.Withheld ?? []);
        if (withheld.Count > 0 && http.Response.StatusCode is >= 200 and < 300 && IsJson(http.Response.ContentType))
        {
            body = System.Text.Encoding.UTF8.GetBytes(FieldRedaction.Apply(System.Text.Encoding.UTF8.GetString(body), withheld));
            http.Response.Headers[RedactedHeader] = string.Join(",", withheld.Select(f => f.Class).Distinct().Select(Name));
        }
        // Nobody known (no sign-in, no token, no code) has read or changed nothing: not an entry.
        if (requester.Kind != RequesterKind.Anonymous)
        {
            try
            {
                var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
                await grains.GetGrain<IAuditTrailGrain>(IAuditTrailGrain.Key).AppendAsync(Event(http, route, decision?.Subject ?? subject, requester, withheld));
            }
            catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccessGate))
                    .LogError(e, "Audit entry not stored for {Method} {Path}: answered 503", http.Request.Method, http.Request.Path);
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = "5";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = 503, Title = "Audit trail unavailable",
                        Detail = "The read or change could not be recorded in the audit trail, so it is not shown; retry.",
                        Instance = http.Request.Path,
                    },
                });
                return;
            }
        }
        // A 204 or 304 has no body: Kestrel refuses any write to it, even an empty one, and drops the connection.
        if (body.Length == 0 || http.Response.StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status304NotModified) return;
        if (http.Response.ContentLength is not null || withheld.Count > 0) http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static AuditEvent Event(HttpContext http, RouteAccess route, string? subject, Requester requester, IReadOnlyList<FieldRule> withheld)
    {
        var status = http.Response.StatusCode;
        var action = status == StatusCodes.Status403Forbidden ? "denied" : route.IsRead ? "read" : "change";
        var hidden = withheld.Aggregate(PersonalData.None, (all, f) => all | f.Class);
        var purpose = http.Request.Headers[PurposeHeader].ToString().Trim();
        return new AuditEvent(
            http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
            Cut(requester.Name, 256), requester.KindName, Cut(string.Join(",", requester.Grants.Order(StringComparer.Ordinal)), 256),
            action, http.Request.Method, Cut(route.Pattern, 512), Cut(http.Request.Path.Value ?? "", 2048),
            subject,
            string.Join(",", Enum.GetValues<PersonalData>().Where(c => c != PersonalData.None && (route.Shows & ~hidden & c) != 0).Select(Name)),
            Cut(purpose.Length > 0 ? purpose : route.Purpose, 256), status,
            http.Connection.RemoteIpAddress?.ToString(), Cut(http.Request.Headers.UserAgent.ToString(), 512) is { Length: > 0 } agent ? agent : null,
            requester.ApiKeyId);
    }

    private static string? SubjectOf(HttpContext http, RouteAccess route)
    {
        var value = route.Subject.RouteValue is { } name ? http.Request.RouteValues[name]?.ToString() : null;
        return route.Subject.Kind switch
        {
            SubjectKind.Candidate when value is not null => "candidate:" + value,
            SubjectKind.Interview when value is not null => "interview:" + value,
            SubjectKind.Employee when value is not null => "employee:" + value,
            SubjectKind.Job when value is not null => "job:" + Cut(value, 100),
            SubjectKind.OwnToken => http.RequestServices.GetRequiredService<InvitationTokenService>()
                .Validate(http.Request.Headers[CandidatePortal.CandidatePortalEndpoints.TokenHeader].ToString()) is { IsValid: true } token
                    ? "interview:" + token.InterviewId : null,
            SubjectKind.OwnCode => SignInCodes.TryParse(http.Request.Headers[Attendance.EmployeeSignIn.CodeHeader].ToString(), out var id, out _)
                ? "employee:" + id : null,
            _ => null,
        };
    }

    private static async Task<bool> AssignedAsync(HttpContext http, RouteAccess route, string interviewer)
    {
        if (route.Subject.RouteValue is not { } name || !Guid.TryParse(http.Request.RouteValues[name]?.ToString(), out var id)) return false;
        var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        var candidateId = route.Subject.Kind == SubjectKind.Interview
            ? (await grains.GetGrain<IInterviewSessionGrain>(id).GetAsync())?.Invitation.CandidateId
            : id;
        return candidateId is { } candidate && await InterviewerAssignments.IsAssignedAsync(grains, candidate, interviewer);
    }

    private static string Describe(Requester requester) => requester.Kind == RequesterKind.ApiKey
        ? $"An API key with scopes [{string.Join(", ", requester.Grants)}]"
        : $"A user with roles [{string.Join(", ", requester.Grants)}]";

    private static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static string Name(PersonalData kind) => kind.ToString().ToLowerInvariant();

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
