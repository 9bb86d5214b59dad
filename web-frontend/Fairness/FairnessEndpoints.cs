using System.Text;
using BankHire.Candidates;
using BankHire.Fairness;
using BankHire.Indexes;
using BankHire.Jobs;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Identity;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Fairness;

/// <summary>
/// The candidate's voluntary self-identification (status page, its own consent, stored apart) and HR's bias audit of a
/// job: selection and scoring rates with impact ratios, as JSON or CSV.
/// </summary>
public static class FairnessEndpoints
{
    public sealed record SelfIdentificationRequest(bool Consent, string? Sex, string? AgeBand, string? Ethnicity) : IValidatedRequest
    {
        public void Validate()
        {
            if (!Consent)
                throw ApiProblemException.Invalid("consent", "Self-identification is voluntary and needs its own consent: send \"consent\": true, or nothing at all.");
            Choice(Sex, SelfIdentificationChoices.Sex, "sex");
            Choice(AgeBand, SelfIdentificationChoices.AgeBand, "ageBand");
            Choice(Ethnicity, SelfIdentificationChoices.Ethnicity, "ethnicity");
        }
    }

    public static void MapFairness(this IEndpointRouteBuilder app)
    {
        var candidate = app.MapGroup("/api/candidate/self-identification").WithTags("Candidate portal").AllowAnonymous();
        candidate.MapGet("", GetSelfIdentificationAsync);
        candidate.MapPut("", GiveSelfIdentificationAsync)
            .WithSummary("Voluntary self-identification for the bias audit, under its own consent; never read by screening or scoring.");
        candidate.MapDelete("", WithdrawSelfIdentificationAsync);

        app.MapGet("/api/jobs/{jobId}/adverse-impact", AuditAsync).WithTags("Fairness").RequireAuthorization(AuthPolicies.AnyHr)
            .WithName("GetAdverseImpact")
            .WithSummary("The job's bias audit: selection rates per pipeline step and the AI score's scoring rate per category, impact ratios, four-fifths flags (?format=json|csv).");
    }

    private static async Task<SelfIdentification?> GetSelfIdentificationAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        await (await GrainOfAsync(http, tokens, grains)).GetAsync();

    private static async Task<SelfIdentification> GiveSelfIdentificationAsync(
        SelfIdentificationRequest request, HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        await (await GrainOfAsync(http, tokens, grains)).GiveAsync(request.Sex!, request.AgeBand!, request.Ethnicity!);

    private static async Task<NoContent> WithdrawSelfIdentificationAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        await (await GrainOfAsync(http, tokens, grains)).WithdrawAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<BiasAudit.Summary>, FileContentHttpResult>> AuditAsync(string jobId, string? format, IGrainFactory grains)
    {
        if (format is not (null or "json" or "csv")) throw ApiProblemException.Invalid("format", "'format' must be 'json' or 'csv'.");
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw new JobNotFoundException(jobId);
        var people = new List<BiasAudit.Person>();
        foreach (var id in await grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync())
        {
            var candidateId = Guid.Parse(id);
            if (await grains.GetGrain<ICandidateGrain>(candidateId).GetAsync() is not { } snapshot) continue;
            people.Add(new BiasAudit.Person(snapshot, await grains.GetGrain<ISelfIdentificationGrain>(candidateId).GetAsync()));
        }
        var summary = BiasAudit.For(jobId, people, DateTimeOffset.UtcNow);
        return format == "csv"
            ? TypedResults.File(Encoding.UTF8.GetBytes(BiasAudit.Csv(summary)), "text/csv; charset=utf-8", $"bias-audit-{jobId}.csv")
            : TypedResults.Ok(summary);
    }

    private static string Choice(string? value, IReadOnlySet<string> allowed, string field) =>
        value is not null && allowed.Contains(value) ? value
            : throw ApiProblemException.Invalid(field, $"'{field}' must be one of {string.Join(", ", allowed.Order())}.");

    private static async Task<ISelfIdentificationGrain> GrainOfAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        grains.GetGrain<ISelfIdentificationGrain>((await CandidatePortalEndpoints.AuthorisedAsync(http, tokens, grains)).Invitation.CandidateId);
}
