using BankHire.Employees;
using BankHire.Employees.Onboarding;
using BankHire.Indexes;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Employees;

/// <summary>Employees for HR: the list, one record, onboarding details and checklist, the employee page's sign-in code, reviews.</summary>
public static class EmployeeEndpoints
{
    /// <summary>The employee page's sign-in code and link, shown to HR once (to hand over when the welcome did not arrive).</summary>
    public sealed record SignInCode(string Code, string Link);

    public static void MapEmployees(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/employees").WithTags("Employees");
        group.MapGet("/", ListAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("Every employee.");
        group.MapPost("/", CreateAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Enters an employee by hand (a hire from the pipeline is onboarded by itself when moved to Hired).");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("One employee: record, scores at hire, onboarding checklist, reviews.");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Changes the record (position, manager, branch, start date; a new start date moves the checklist).");
        group.MapPost("/{id:guid}/onboarding/{task}/done", CompleteTaskAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Ticks off a checklist item: documents, contract or training.");
        group.MapPost("/{id:guid}/sign-in-code", IssueCodeAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("A new sign-in code and link for the employee page; the old one stops working.");
    }

    private static async Task<IEnumerable<EmployeeSnapshot>> ListAsync(IGrainFactory grains) => await EmployeeDirectory.AllAsync(grains);

    private static async Task<Created<EmployeeSnapshot>> CreateAsync(EmployeeRecordRequest record, IGrainFactory grains)
    {
        var id = Guid.NewGuid();
        var employee = await grains.GetGrain<IEmployeeGrain>(id).CreateAsync(record.ToRecord() with { CandidateId = null });
        return TypedResults.Created($"/api/employees/{id}", employee);
    }

    internal static async Task<EmployeeSnapshot> GetAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<IEmployeeGrain>(id).GetAsync() ?? throw new EmployeeNotFoundException(id);

    private static async Task<EmployeeSnapshot> UpdateAsync(Guid id, EmployeeRecordRequest record, IGrainFactory grains)
    {
        var current = await GetAsync(id, grains);
        // The link to the candidate is kept, whatever the body says: it is what the validity report rests on.
        return await grains.GetGrain<IEmployeeGrain>(id).UpdateAsync(record.ToRecord() with { CandidateId = current.Record.CandidateId });
    }

    private static async Task<EmployeeSnapshot> CompleteTaskAsync(Guid id, string task, IGrainFactory grains, HttpContext http)
    {
        await GetAsync(id, grains);
        return await grains.GetGrain<IEmployeeGrain>(id).CompleteTaskAsync(Require.Text(task, "task", 32), http.User.Identity!.Name!);
    }

    // The link starts with the configured public address, never with the request's Host header, which the caller chooses.
    private static async Task<SignInCode> IssueCodeAsync(Guid id, IGrainFactory grains, BankHire.Web.CandidateStatus.CandidateLinks links)
    {
        await GetAsync(id, grains);
        var code = await grains.GetGrain<IEmployeeGrain>(id).IssueSignInCodeAsync();
        return new SignInCode(code, SignInCodes.Link(links.BaseUrl, code));
    }
}
