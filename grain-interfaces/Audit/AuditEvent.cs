namespace BankHire.Audit;

/// <summary>
/// What happened, before it is chained: who (<paramref name="Actor"/>, of <paramref name="ActorKind"/> hr, api-key,
/// candidate, employee or anonymous, holding <paramref name="Roles"/> — roles or API scopes), did what
/// (<paramref name="Action"/> read, change or denied) through which route, to whom (<paramref name="Subject"/>, e.g.
/// <c>candidate:{id}</c>), touching which kinds of personal data, for which purpose, with which answer, from which client.
/// The path is kept without its query string (a search may carry a name).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.AuditEvent")]
public sealed record AuditEvent(
    DateTimeOffset At,
    string Actor,
    string ActorKind,
    string Roles,
    string Action,
    string Method,
    string Route,
    string Path,
    string? Subject,
    string DataClasses,
    string Purpose,
    int Status,
    string? ClientIp,
    string? UserAgent,
    string? ApiKeyId);
