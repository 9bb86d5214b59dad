using BankHire.Candidates;
using BankHire.Indexes;
using BankHire.Jobs;
using BankHire.Web.Identity;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Candidates;

public static class CandidateEndpoints
{
    public static void MapCandidates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Candidates");
        group.MapPost("/candidates", CreateAsync).RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Registers a candidate for a job.");
        group.MapGet("/candidates/{id:guid}", GetAsync).RequireAuthorization(AuthPolicies.AnyHr);
        group.MapPatch("/candidates/{id:guid}", UpdateAsync).RequireAuthorization(AuthPolicies.Recruiting);
        group.MapPost("/candidates/{id:guid}/stage", MoveAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Moves the candidate along the pipeline; refused with the allowed stages if the move is not allowed.");
        group.MapPost("/candidates/bulk/stage", MoveManyAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Moves many candidates to one stage; the answer says, per candidate, whether it moved and why not.");
        group.MapPost("/candidates/{id:guid}/interviews", InviteAsync).RequireAuthorization(AuthPolicies.Recruiting).Produces(StatusCodes.Status201Created)
            .WithSummary("Creates an AI interview session and the candidate's signed, expiring link.");
        group.MapGet("/jobs/{jobId}/candidates", ListForJobAsync).RequireAuthorization(AuthPolicies.AnyHr);
        group.MapPost("/candidates/{id:guid}/decision", DecideAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("HR's decision on the AI suggestion (PriorityHire, SecondRound, Reject): kept with who, when and why; an override needs a reason.");
    }

    private static async Task<Created<CandidateSnapshot>> CreateAsync(NewCandidate request, IGrainFactory grains, HttpContext http)
    {
        var application = request.Application();
        if (await grains.GetGrain<IJobRubricGrain>(application.JobId).GetAsync() is null)
            throw ApiProblemException.Invalid("jobId", $"Job '{application.JobId}' does not exist.");
        var id = Guid.NewGuid();
        var candidate = await grains.GetGrain<ICandidateGrain>(id).CreateAsync(application, http.User.Identity!.Name!);
        return TypedResults.Created($"/api/candidates/{id}", candidate);
    }

    private static async Task<CandidateSnapshot> GetAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<ICandidateGrain>(id).GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {id}", "id");

    private static async Task<CandidateSnapshot> UpdateAsync(Guid id, CandidatePatch patch, IGrainFactory grains, HttpContext http)
    {
        var grain = grains.GetGrain<ICandidateGrain>(id);
        var current = await grain.GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {id}", "id");
        var contact = patch.ChangesContact ? patch.Contact(current.Application.Contact) : null;
        var update = new CandidateUpdate(contact, Require.OptionalText(patch.School, "school"), Require.OptionalText(patch.Major, "major"),
            patch.GraduationYear, Require.OptionalText(patch.Notes, "notes", 2000));
        return await grain.UpdateAsync(update, http.User.Identity!.Name!);
    }

    private static async Task<CandidateSnapshot> MoveAsync(Guid id, StageMove move, IGrainFactory grains, HttpContext http)
    {
        var grain = grains.GetGrain<ICandidateGrain>(id);
        if (await grain.GetAsync() is null) throw ApiProblemException.NotFound($"Candidate {id}", "id");
        return await grain.MoveToAsync(move.Stage, http.User.Identity!.Name!, Require.OptionalText(move.Reason, "reason", 500));
    }

    private static async Task<CandidateSnapshot> DecideAsync(Guid id, DecisionRequest request, IGrainFactory grains, HttpContext http)
    {
        var reason = Require.OptionalText(request.Reason, "reason", 500);
        var grain = grains.GetGrain<ICandidateGrain>(id);
        var current = await grain.GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {id}", "id");
        if (current.Suggestion is { } ai && ai.Verdict != request.Decision && reason is null)
            throw ApiProblemException.Invalid("reason", $"The decision {request.Decision} overrides the AI's suggestion {ai.Verdict}: 'reason' is required.");
        return await grain.DecideAsync(request.Decision, http.User.Identity!.Name!, reason);
    }

    private static async Task<IReadOnlyList<BulkStageResult>> MoveManyAsync(BulkStageMove move, IGrainFactory grains, HttpContext http)
    {
        var ids = move.CandidateIds;
        var reason = Require.OptionalText(move.Reason, "reason", 500);
        var actor = http.User.Identity!.Name!;
        return await Task.WhenAll(ids.Distinct().Select(async id =>
        {
            var grain = grains.GetGrain<ICandidateGrain>(id);
            if (await grain.GetAsync() is not { } current) return new BulkStageResult(id, false, null, $"Candidate {id} does not exist.");
            try
            {
                var moved = await grain.MoveToAsync(move.Stage, actor, reason);
                return new BulkStageResult(id, true, moved.Stage, null);
            }
            catch (PipelineException refused)
            {
                return new BulkStageResult(id, false, current.Stage, refused.Message);
            }
        }));
    }

    private static async Task<Created<InvitationView>> InviteAsync(Guid id, InvitationRequest request, InterviewInviter inviter, HttpContext http)
    {
        var invitation = await inviter.InviteAsync(id, request.ExpiresInDays, http.User.Identity!.Name!);
        return TypedResults.Created($"/api/interviews/{invitation.InterviewId}", invitation);
    }

    private static async Task<IEnumerable<CandidateSnapshot>> ListForJobAsync(string jobId, IGrainFactory grains, HttpContext http)
    {
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync();
        var candidates = await Task.WhenAll(ids.Select(i => grains.GetGrain<ICandidateGrain>(Guid.Parse(i)).GetAsync().AsTask()));
        var listed = new List<CandidateSnapshot>();
        foreach (var candidate in candidates.OfType<CandidateSnapshot>())
        {
            if (await BankHire.Web.Access.AccessDecision.ListsAsync(http, grains, candidate.Id)) listed.Add(candidate);
        }
        return listed;
    }
}
