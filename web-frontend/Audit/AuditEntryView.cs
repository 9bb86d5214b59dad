using BankHire.Audit;

namespace BankHire.Web.Audit;

/// <summary>One audit entry as auditors read and export it.</summary>
public sealed record AuditEntryView(
    long Seq, DateTimeOffset At, string Actor, string ActorKind, string Roles, string Action, string Method, string Route, string Path,
    string? Subject, string Data, string Purpose, int Status, string? ClientIp, string? UserAgent, string? ApiKeyId, string PreviousHash, string Hash)
{
    public static AuditEntryView Of(AuditEntry entry)
    {
        var e = entry.Event;
        return new(entry.Seq, e.At, e.Actor, e.ActorKind, e.Roles, e.Action, e.Method, e.Route, e.Path, e.Subject, e.DataClasses, e.Purpose,
            e.Status, e.ClientIp, e.UserAgent, e.ApiKeyId, entry.PreviousHash, entry.Hash);
    }

    public static readonly string CsvHeader = "seq,at,actor,actorKind,roles,action,method,route,path,subject,data,purpose,status,clientIp,userAgent,apiKeyId,previousHash,hash";

    public string CsvLine() => string.Join(',', new object?[]
    {
        Seq, At.ToString("O"), Actor, ActorKind, Roles, Action, Method, Route, Path, Subject, Data, Purpose, Status, ClientIp, UserAgent, ApiKeyId, PreviousHash, Hash,
    }.Select(v => Csv(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));

    // Quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs a cell as a formula.
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
