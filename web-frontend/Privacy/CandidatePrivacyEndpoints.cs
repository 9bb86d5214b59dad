using System.Text.Json;
using BankHire.Privacy;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Privacy;

/// <summary>
/// The candidate's data rights from the status page (header X-Invitation-Token): what is kept and until when, a copy
/// of everything held (PIPL Art. 45, GDPR Art. 15), and a deletion request HR sees with its deadline.
/// </summary>
public static class CandidatePrivacyEndpoints
{
    public static void MapCandidatePrivacy(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/candidate/privacy").WithTags("Candidate portal").AllowAnonymous();
        group.MapGet("", GetAsync)
            .WithSummary("The retention date, the deletion request and the exports of the candidate of this invitation.");
        group.MapGet("/export", ExportAsync)
            .WithSummary("Everything held about the candidate, as a JSON file; the export is recorded.");
        group.MapPost("/deletion-request", RequestDeletionAsync)
            .WithSummary($"Asks for the candidate's data to be erased; done within {RetentionSchedule.DeletionDeadline.TotalDays:0} days (in practice within minutes).");
        group.MapPost("/alternative-process", RequestAlternativeProcessAsync)
            .WithSummary("Asks for an alternative selection process or an accommodation instead of the AI interview (US-NYC LL144); HR sees it on the candidate's privacy view.");
    }

    /// <summary>The candidate's request for an alternative process, with an optional reason.</summary>
    public sealed record AlternativeProcessBody(string? Reason = null) : IValidatedRequest
    {
        public const int MaxReasonLength = 1000;

        public void Validate() => Require.OptionalText(Reason, "reason", MaxReasonLength);
    }

    private static async Task<Ok<CandidatePrivacy>> RequestAlternativeProcessAsync(AlternativeProcessBody body, HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        TypedResults.Ok(await PrivacyOf(await CandidateIdAsync(http, tokens, grains), grains).RequestAlternativeProcessAsync(Require.OptionalText(body.Reason, "reason", AlternativeProcessBody.MaxReasonLength)));

    private static async Task<CandidatePrivacy> GetAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        await PrivacyOf(await CandidateIdAsync(http, tokens, grains), grains).GetAsync();

    private static async Task<CandidatePrivacy> RequestDeletionAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        await PrivacyOf(await CandidateIdAsync(http, tokens, grains), grains).RequestDeletionAsync("candidate");

    private static async Task<FileContentHttpResult> ExportAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        var id = await CandidateIdAsync(http, tokens, grains);
        var export = await PrivacyOf(id, grains).ExportAsync("candidate");
        http.Response.Headers.CacheControl = "private, no-store";
        var json = JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);
        return TypedResults.File(json, "application/json", $"bankhire-data-{id:N}.json");
    }

    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static ICandidatePrivacyGrain PrivacyOf(Guid candidateId, IGrainFactory grains) => grains.GetGrain<ICandidatePrivacyGrain>(candidateId);

    private static async Task<Guid> CandidateIdAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        (await CandidatePortalEndpoints.AuthorisedAsync(http, tokens, grains)).Invitation.CandidateId;
}
