using BankHire.Candidates;
using BankHire.Indexes;
using BankHire.Privacy;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Privacy;

/// <summary>HR's side of candidates' data rights: each candidate's retention, requests and exports; every deletion
/// request with its deadline; an admin erasing a candidate's data now.</summary>
public static class PrivacyEndpoints
{
    public sealed record EraseRequest(string? Reason) : IValidatedRequest
    {
        public void Validate() => Require.Text(Reason, "reason", 500);
    }

    /// <summary>A deletion request as HR lists it: whose, when asked, the deadline, and whether it is done.</summary>
    public sealed record DeletionRequestView(Guid CandidateId, string JobId, DeletionRequest Request, bool Overdue);

    public static void MapPrivacy(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Privacy");
        group.MapGet("/candidates/{id:guid}/privacy", PrivacyOfAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithName("GetCandidatePrivacy").WithSummary("The candidate's retention date, deletion request, exports and erasure.");
        group.MapPost("/candidates/{id:guid}/privacy/erase", EraseAsync).RequireAuthorization(AuthPolicies.Admin)
            .WithName("EraseCandidate").WithSummary("Erases the candidate's personal data and interview media now (admin; a reason is required).");
        group.MapGet("/privacy/deletion-requests", DeletionRequestsAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithName("ListDeletionRequests").WithSummary("Every candidate's deletion request with its deadline, pending first.");
    }

    private static async Task<CandidatePrivacy> PrivacyOfAsync(Guid id, IGrainFactory grains)
    {
        await ExistingAsync(grains, id);
        return await grains.GetGrain<ICandidatePrivacyGrain>(id).GetAsync();
    }

    private static async Task<CandidatePrivacy> EraseAsync(Guid id, EraseRequest request, HttpContext http, IGrainFactory grains)
    {
        var reason = request.Reason!.Trim();
        await ExistingAsync(grains, id);
        return await grains.GetGrain<ICandidatePrivacyGrain>(id).EraseAsync($"erased by {http.User.Identity!.Name}: {reason}");
    }

    private static async Task<IReadOnlyList<DeletionRequestView>> DeletionRequestsAsync(IGrainFactory grains)
    {
        var now = DateTimeOffset.UtcNow;
        var views = new List<DeletionRequestView>();
        foreach (var key in await grains.GetGrain<IIndexGrain>(IndexKeys.DeletionRequests).ListAsync())
        {
            var id = Guid.Parse(key);
            var privacy = await grains.GetGrain<ICandidatePrivacyGrain>(id).GetAsync();
            var candidate = await grains.GetGrain<ICandidateGrain>(id).GetAsync();
            if (privacy.Deletion is not { } request || candidate is null) continue;
            views.Add(new DeletionRequestView(id, candidate.Application.JobId, request, request.ProcessedAt is null && now > request.DeadlineAt));
        }
        return [.. views.OrderBy(v => v.Request.ProcessedAt is not null).ThenBy(v => v.Request.DeadlineAt)];
    }

    private static async Task ExistingAsync(IGrainFactory grains, Guid id)
    {
        if (await grains.GetGrain<ICandidateGrain>(id).GetAsync() is null) throw ApiProblemException.NotFound($"Candidate {id}", "id");
    }
}
