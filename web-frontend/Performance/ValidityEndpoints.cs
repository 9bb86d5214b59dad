using BankHire.Analysis.Validity;
using BankHire.Candidates;
using BankHire.Indexes;
using BankHire.Jobs;
using BankHire.Web.Employees;
using BankHire.Web.Identity;
using BankHire.Web.Jobs;
using BankHire.Web.Problems;

namespace BankHire.Web.Performance;

/// <summary>Predictive validity per job and competency, and accepting its proposed weights as a new rubric version.</summary>
public static class ValidityEndpoints
{
    /// <summary>A weight per competency; which competencies the job has is checked against the job by the handler.</summary>
    public sealed record AcceptRequest(Dictionary<string, double> Weights) : IValidatedRequest
    {
        public void Validate()
        {
            if (Weights is null || Weights.Count == 0) throw ApiProblemException.Invalid("weights", "'weights' must give a weight per competency.");
        }
    }

    public sealed record Accepted(int Version, string ChangeNote);

    public static void MapValidity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{jobId}/validity", StudyAsync).WithTags("Performance").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("How well the interview and screening scores at hire predicted performance, attendance and retention; proposed weights.");
        app.MapPost("/api/jobs/{jobId}/validity/accept", AcceptAsync).WithTags("Performance").RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Saves the study's proposed competency weights as a new rubric version, reason \"validity study <date>\"; 409 when they gain nothing or are not the current proposal.");
    }

    private static async Task<ValidityStudy.Report> StudyAsync(string jobId, IGrainFactory grains, TimeProvider clock) =>
        await RunAsync(grains, jobId, await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() ?? throw new JobNotFoundException(jobId), clock);

    private static async Task<ValidityStudy.Report> RunAsync(IGrainFactory grains, string jobId, JobSnapshot job, TimeProvider clock)
    {
        var model = CompetencyModelGate.Read(job.Rubric.ModelJson);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var hires = new List<HireOutcome>();
        foreach (var employee in (await EmployeeDirectory.AllAsync(grains)).Where(e => e.Record.JobId == jobId))
        {
            var months = await HireOutcomes.MonthsAsync(grains, employee, today);
            if (HireOutcomes.ForValidity(employee, months, today) is { } outcome) hires.Add(outcome);
        }
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync();
        var applicants = (await Task.WhenAll(ids.Select(id => grains.GetGrain<ICandidateGrain>(Guid.Parse(id)).GetInterviewReportsAsync().AsTask())))
            .Select(r => r.LastOrDefault()?.OverallScore).OfType<double>().ToArray();
        return ValidityStudy.Run(hires, [.. model.Competencies.Select(c => (c.Key, c.Weight))], applicants);
    }

    private static async Task<Accepted> AcceptAsync(string jobId, AcceptRequest request, IGrainFactory grains, TimeProvider clock, HttpContext http)
    {
        var grain = grains.GetGrain<IJobRubricGrain>(jobId);
        var job = await grain.GetAsync() ?? throw new JobNotFoundException(jobId);
        var model = CompetencyModelGate.Read(job.Rubric.ModelJson);
        foreach (var c in model.Competencies)
            if (!request.Weights.TryGetValue(c.Key, out var w) || !double.IsFinite(w) || w < 0)
                throw ApiProblemException.Invalid($"weights.{c.Key}", $"'weights.{c.Key}' must be a number ≥ 0.");
        var unknown = request.Weights.Keys.FirstOrDefault(k => model.Competencies.All(c => c.Key != k));
        if (unknown is not null) throw ApiProblemException.Invalid($"weights.{unknown}", $"'{unknown}' is not a competency of this job.");
        var proposed = ProposalAcceptance.Check(await RunAsync(grains, jobId, job, clock), request.Weights);
        var revised = model with { Competencies = [.. model.Competencies.Select((c, i) => c with { Weight = proposed[i] })] };
        var admitted = CompetencyModelGate.Admit(revised, "weights");
        var note = $"validity study {clock.GetUtcNow():yyyy-MM-dd}";
        var version = await grain.ReviseAsync(admitted.Json, http.User.Identity!.Name!, note);
        return new Accepted(version.Version, version.ChangeNote ?? note);
    }
}
