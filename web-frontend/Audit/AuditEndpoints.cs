using Microsoft.AspNetCore.Http.HttpResults;
using System.Text;
using System.Text.Json;
using BankHire.Audit;
using BankHire.Web.Access;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Audit;

/// <summary>The audit trail for auditors: browse with filters (newest first, paged), export as CSV or JSON lines, and
/// verify the hash chain. Every read and change of personal data is in it (written by <see cref="AccessGate"/>).</summary>
public static class AuditEndpoints
{
    private const int ExportPage = 1000;

    /// <summary>Filters shared by browsing and export.</summary>
    public sealed record AuditFilter(DateTimeOffset? From, DateTimeOffset? To, string? Actor, string? Subject, string? Action, string? Data);

    public sealed record AuditPageView(IReadOnlyList<AuditEntryView> Entries, long? NextBefore);

    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(AuthPolicies.Auditing);
        group.MapGet("", BrowseAsync).WithName("GetAuditTrail")
            .WithSummary("Audit entries, newest first: ?from=&to= (ISO times), actor=, subject= (candidate:{id}, interview:{id}, employee:{id}, job:{id}), action=read|change|denied, data= (a kind of personal data), before= (seq, to page), pageSize= (1–1000, 100).");
        group.MapGet("/export", ExportAsync).WithName("ExportAuditTrail")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Every matching entry, oldest first, as ?format=csv (default) or jsonl; same filters as the list.");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAuditTrail")
            .WithSummary("Recomputes every entry's hash from the stored rows: intact, or the first entry changed, removed or re-linked.");
    }

    private static async Task<AuditPageView> BrowseAsync(DateTimeOffset? from, DateTimeOffset? to, string? actor, string? subject, string? action,
        string? data, long? before, int? pageSize, IGrainFactory grains)
    {
        if (pageSize is < 1 or > AuditTrailGrainLimits.MaxPageSize)
            throw ApiProblemException.Invalid("pageSize", $"'pageSize' must be between 1 and {AuditTrailGrainLimits.MaxPageSize}.");
        var query = Query(new AuditFilter(from, to, actor, subject, action, data)) with { BeforeSeq = before, PageSize = pageSize ?? 100 };
        var page = await Trail(grains).QueryAsync(query);
        return new AuditPageView([.. page.Entries.Select(AuditEntryView.Of)], page.NextBeforeSeq);
    }

    private static async Task<FileContentHttpResult> ExportAsync(DateTimeOffset? from, DateTimeOffset? to, string? actor, string? subject, string? action,
        string? data, string? format, IGrainFactory grains)
    {
        if (format is not (null or "csv" or "jsonl")) throw ApiProblemException.Invalid("format", "'format' must be 'csv' or 'jsonl'.");
        var query = Query(new AuditFilter(from, to, actor, subject, action, data)) with { PageSize = ExportPage };
        var entries = new List<AuditEntryView>();
        for (long? before = null; ;)
        {
            var page = await Trail(grains).QueryAsync(query with { BeforeSeq = before });
            entries.AddRange(page.Entries.Select(AuditEntryView.Of));
            if (page.NextBeforeSeq is not { } next) break;
            before = next;
        }
        entries.Reverse();
        var text = new StringBuilder();
        if (format == "jsonl")
        {
            var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            foreach (var entry in entries) text.Append(JsonSerializer.Serialize(entry, json)).Append('\n');
            return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "application/x-ndjson", "audit-trail.jsonl");
        }
        text.Append(AuditEntryView.CsvHeader).Append("\r\n");
        foreach (var entry in entries) text.Append(entry.CsvLine()).Append("\r\n");
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", "audit-trail.csv");
    }

    private static Task<AuditVerification> VerifyAsync(IGrainFactory grains) => Trail(grains).VerifyAsync();

    private static readonly HashSet<string> Actions = ["read", "change", "denied"];
    private static readonly HashSet<string> DataKinds = [.. Enum.GetNames<PersonalData>().Where(n => n != nameof(PersonalData.None)).Select(n => n.ToLowerInvariant())];

    private static AuditQuery Query(AuditFilter f)
    {
        if (f.Action is not null && !Actions.Contains(f.Action)) throw ApiProblemException.Invalid("action", "'action' must be read, change or denied.");
        if (f.Data is not null && !DataKinds.Contains(f.Data)) throw ApiProblemException.Invalid("data", $"'data' must be one of {string.Join(", ", DataKinds.Order())}.");
        if (f.From > f.To) throw ApiProblemException.Invalid("from", "'from' is after 'to'.");
        return new AuditQuery(f.From, f.To, Bounded(f.Actor, "actor"), Bounded(f.Subject, "subject"), f.Action, f.Data);
    }

    private static string? Bounded(string? value, string field) =>
        value is null || value.Length <= 256 ? value : throw ApiProblemException.Invalid(field, $"'{field}' is longer than 256 characters.");

    private static IAuditTrailGrain Trail(IGrainFactory grains) => grains.GetGrain<IAuditTrailGrain>(IAuditTrailGrain.Key);
}
