using BankHire.Interviews;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Interviews;

public static class InterviewEndpoints
{
    public static void MapInterviews(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/interviews").WithTags("Interviews")
            .MapGet("/{id:guid}", async (Guid id, IGrainFactory grains) =>
                await grains.GetGrain<IInterviewSessionGrain>(id).GetAsync() ?? throw ApiProblemException.NotFound($"Interview {id}", "id"))
            .RequireAuthorization(AuthPolicies.Interviewing);
    }
}
