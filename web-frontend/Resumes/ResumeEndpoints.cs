using System.Collections.Immutable;
using BankHire.Analysis.Scoring.Model;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Resumes;
using BankHire.Web.Identity;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Mvc;

namespace BankHire.Web.Resumes;

public static class ResumeEndpoints
{
    /// <summary>
    /// Largest resume upload. Below Orleans' default 100 MB message body limit, because the files travel to
    /// the job's resume-pool grain in one call, which may be on another silo.
    /// </summary>
    public const long MaxUploadBytes = 90L * 1024 * 1024;

    public static void MapResumes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Resumes");
        group.MapPost("/jobs/{jobId}/resumes", UploadAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .WithSummary("Imports resumes (multipart: PDF, DOCX, TXT, ZIP, CSV/XLSX roster): one result per source, duplicates merged, every candidate screened.");
        group.MapGet("/jobs/{jobId}/ranking", RankAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The job's resume-screened candidates, best first, with filters and a one-line explanation each.");
        group.MapPost("/jobs/{jobId}/invitations/top", InviteTopAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Invites the top N candidates of the ranking who are not yet invited to the AI interview.");
        group.MapGet("/candidates/{id:guid}/screening", GetScreeningAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The candidate's resume screening: score, every line explained (zh/en) with its text spans, the rubric version.");
    }

    private static async Task<ResumeImportReport> UploadAsync(string jobId, HttpContext http, IGrainFactory grains)
    {
        await RequireJobAsync(grains, jobId);
        var uploads = await ResumeUploadReader.ReadAsync(http.Request);
        return await grains.GetGrain<IResumePoolGrain>(jobId).ImportAsync([.. uploads], http.User.Identity!.Name!);
    }

    private static async Task<ImmutableArray<RankedResume>> RankAsync(
        string jobId, IGrainFactory grains, double? minScore, string? degree, double? minExperienceYears, string[]? certificate,
        double? minWrittenTestScore, bool? bankExperience, string[]? languageTest, bool? includeKnockedOut, int? top)
    {
        await RequireJobAsync(grains, jobId);
        var query = new RankingQuery(
            minScore is null ? null : Require.Range(minScore.Value, 0, 100, "minScore"),
            includeKnockedOut ?? false,
            Degree(degree),
            minExperienceYears is null ? null : Require.Range(minExperienceYears.Value, 0, 60, "minExperienceYears"),
            certificate is { Length: > 0 } ? [.. certificate] : null,
            minWrittenTestScore is null ? null : Require.Range(minWrittenTestScore.Value, 0, 100, "minWrittenTestScore"),
            bankExperience ?? false,
            languageTest is { Length: > 0 } ? [.. languageTest] : null,
            top is null ? null : (int)Require.Range(top.Value, 1, 10_000, "top"));
        return await grains.GetGrain<IResumePoolGrain>(jobId).RankAsync(query);
    }

    private static async Task<TopInvitationsResult> InviteTopAsync(
        string jobId, TopInvitationsRequest request, IGrainFactory grains, InterviewInviter inviter, HttpContext http)
    {
        await RequireJobAsync(grains, jobId);
        var count = request.Count;
        var ranking = await grains.GetGrain<IResumePoolGrain>(jobId).RankAsync(new RankingQuery());
        var invited = new List<TopInvitation>();
        var skipped = 0;
        foreach (var candidate in ranking)
        {
            if (invited.Count == count) break;
            var snapshot = await grains.GetGrain<ICandidateGrain>(candidate.CandidateId).GetAsync();
            if (snapshot is null) continue;
            if (snapshot.InterviewIds.Length > 0 || snapshot.Stage is not (CandidateStage.Applied or CandidateStage.Screened))
            {
                skipped++;
                continue;
            }
            var invitation = await inviter.InviteIfNotYetInvitedAsync(candidate.CandidateId, request.ExpiresInDays, http.User.Identity!.Name!);
            if (invitation is null)
            {
                skipped++;
                continue;
            }
            invited.Add(new TopInvitation(candidate.Rank, candidate.CandidateId, candidate.Name, candidate.Score, invitation));
        }
        return new TopInvitationsResult(count, invited, skipped);
    }

    private static async Task<ResumeScreening> GetScreeningAsync(Guid id, IGrainFactory grains)
    {
        var candidate = grains.GetGrain<ICandidateGrain>(id);
        if (await candidate.GetAsync() is null) throw ApiProblemException.NotFound($"Candidate {id}", "id");
        return await candidate.GetScreeningAsync() ?? throw ApiProblemException.NotFound($"A resume screening of candidate {id}", "id");
    }

    private static async Task RequireJobAsync(IGrainFactory grains, string jobId)
    {
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw new JobNotFoundException(jobId);
    }

    private static string? Degree(string? degree)
    {
        if (degree is null) return null;
        return Enum.TryParse<DegreeLevel>(degree, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level.ToString()
            : throw ApiProblemException.Invalid("degree", $"Unknown degree '{degree}'. Degrees: {string.Join(", ", Enum.GetNames<DegreeLevel>())}.");
    }
}
