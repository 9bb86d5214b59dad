namespace BankHire.Web.Access;

/// <summary>Whose data a route is about, read from a route value: what the audit trail names and what an interviewer's
/// assignment is checked against.</summary>
public enum SubjectKind { None, Candidate, Interview, Employee, Job, OwnToken, OwnCode }

public sealed record Subject(SubjectKind Kind, string? RouteValue = null)
{
    public static readonly Subject None = new(SubjectKind.None);
    public static Subject Candidate(string value = "id") => new(SubjectKind.Candidate, value);
    public static Subject Interview(string value = "id") => new(SubjectKind.Interview, value);
    public static Subject Employee(string value = "id") => new(SubjectKind.Employee, value);
    public static Subject Job(string value = "jobId") => new(SubjectKind.Job, value);
    /// <summary>The candidate's own interview, from their invitation token.</summary>
    public static readonly Subject OwnToken = new(SubjectKind.OwnToken);
    /// <summary>The employee themselves, from their sign-in code.</summary>
    public static readonly Subject OwnCode = new(SubjectKind.OwnCode);

    /// <summary>About one person (an interviewer reaches it only when assigned to them).</summary>
    public bool IsPerson => Kind is SubjectKind.Candidate or SubjectKind.Interview or SubjectKind.Employee;
}

/// <summary>A field a role sees only with <paramref name="Class"/> granted: removed at <paramref name="Path"/>
/// (<c>a.b[].c</c>; <c>name@json</c> descends into a property holding JSON text). For <see cref="PersonalData.Expression"/>
/// the subtree at the path is searched for expression-level features instead, and they are removed wherever they are.
/// A removed value reads null, a removed list empty, so the answer keeps its shape. <paramref name="ByRoute"/>: the route
/// withholds the field itself and says why (it reads <see cref="AccessDecision"/>), the gate leaves it alone.</summary>
public sealed record FieldRule(PersonalData Class, string Path, bool ByRoute = false);

/// <summary>When a route's requests go into the audit trail.</summary>
public enum AuditWhen
{
    /// <summary>Every request that reads personal data or changes anything (the default).</summary>
    PersonalDataAndChanges,
    /// <summary>Only changes: reads of a person's own data by themselves.</summary>
    ChangesOnly,
    /// <summary>Never: per-chunk media upload and live hints (many per second; the chunk store records every chunk).</summary>
    Never,
}

/// <summary>
/// One row of the access matrix: for a route (method and pattern), who may call it (<paramref name="Audience"/>: HR
/// roles, API scopes, <see cref="AccessMatrix.Candidate"/>, <see cref="AccessMatrix.Employed"/> or
/// <see cref="AccessMatrix.Anyone"/>), which personal data it can show, whose data it is about, the purpose recorded by
/// default, and the fields shown only to roles granted their kind.
/// </summary>
public sealed record RouteAccess(
    string Method,
    string Pattern,
    IReadOnlySet<string> Audience,
    PersonalData Shows,
    Subject Subject,
    string Purpose,
    IReadOnlyList<FieldRule> Fields,
    AuditWhen Audit = AuditWhen.PersonalDataAndChanges)
{
    public string Key => Method + " " + Pattern;

    public bool IsRead => Method is "GET" or "HEAD";

    public bool Audited => Audit switch
    {
        AuditWhen.Never => false,
        AuditWhen.ChangesOnly => !IsRead,
        _ => !IsRead || Shows != PersonalData.None,
    };
}
