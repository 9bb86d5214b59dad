using BankHire.Employees;
using BankHire.Indexes;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Employees;

public static class EmployeeEndpoints
{
    public sealed record ReviewRequest(string Period, double Score);

    public static void MapEmployees(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/employees").WithTags("Employees");
        group.MapGet("/", ListAsync).RequireAuthorization(AuthPolicies.AnyHr);
        group.MapPost("/", async (EmployeeRecord record, IGrainFactory grains) =>
        {
            var id = Guid.NewGuid();
            var employee = await grains.GetGrain<IEmployeeGrain>(id).CreateAsync(Validated(record));
            return Results.Created($"/api/employees/{id}", employee);
        }).RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Onboards a hire as an employee.");
        group.MapGet("/{id:guid}", async (Guid id, IGrainFactory grains) =>
                await grains.GetGrain<IEmployeeGrain>(id).GetAsync() ?? throw new EmployeeNotFoundException(id))
            .RequireAuthorization(AuthPolicies.AnyHr);
        group.MapPut("/{id:guid}", async (Guid id, EmployeeRecord record, IGrainFactory grains) =>
                await grains.GetGrain<IEmployeeGrain>(id).UpdateAsync(Validated(record)))
            .RequireAuthorization(AuthPolicies.Recruiting);
        group.MapPost("/{id:guid}/reviews", async (Guid id, ReviewRequest review, IGrainFactory grains, TimeProvider clock, HttpContext http) =>
                await grains.GetGrain<IEmployeeGrain>(id).AddReviewAsync(new PerformanceReview(
                    Require.Text(review.Period, "period", 32), Require.Range(review.Score, 0, 100, "score"), http.User.Identity!.Name!, clock.GetUtcNow())))
            .RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Records a performance score (0–100) for a period.");
    }

    private static async Task<IEnumerable<EmployeeSnapshot>> ListAsync(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.Employees).ListAsync();
        var employees = await Task.WhenAll(ids.Select(i => grains.GetGrain<IEmployeeGrain>(Guid.Parse(i)).GetAsync().AsTask()));
        return employees.OfType<EmployeeSnapshot>();
    }

    private static EmployeeRecord Validated(EmployeeRecord record) => record with
    {
        FullName = Require.Text(record.FullName, "fullName", 100),
        JobId = Require.Text(record.JobId, "jobId", 64),
        BranchCode = Require.Text(record.BranchCode, "branchCode", 32),
        Position = Require.Text(record.Position, "position", 100),
    };
}
