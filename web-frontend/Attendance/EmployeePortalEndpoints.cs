using BankHire.Attendance;
using BankHire.Banks;
using BankHire.Employees;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Attendance;

/// <summary>
/// The employee page's API (no HR sign-in; header X-Employee-Code): home, check-in/out, appeals (申诉), leave and
/// the month. How one check-in flows is in README.md beside this file.
/// </summary>
public static class EmployeePortalEndpoints
{
    public const string Route = "/api/employee";

    public static void MapEmployeePortal(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Employee page").AllowAnonymous();
        group.MapGet("/", HomeAsync).WithSummary("The signed-in employee: branch and geofence, shift, today, recent check-ins, checklist, leave, appeals.");
        group.MapPost("/check-ins", CheckInAsync)
            .WithSummary("Checks in or out (201); a resend of a stored id answers 200 with the stored check-in; different content under that id is a 409.");
        group.MapGet("/month", MonthAsync).WithSummary("The month under the attendance rules (?month=yyyy-MM).");
        group.MapPost("/appeals", AppealAsync).WithSummary("Explains a day (申诉) for the manager to approve.");
        group.MapPost("/leave", LeaveAsync).WithSummary("Requests leave over whole days.");
    }

    private static async Task<EmployeeHome> HomeAsync(HttpContext http, IGrainFactory grains, TimeProvider clock)
    {
        var employee = await EmployeeSignIn.AuthorisedAsync(http, grains);
        var attendance = grains.GetGrain<IAttendanceGrain>(employee.Id);
        var bank = await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync();
        var branch = bank?.Branches.FirstOrDefault(b => b.Code == employee.Record.BranchCode);
        var now = clock.GetUtcNow();
        var recent = await attendance.CheckInsAsync(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7), DateOnly.FromDateTime(now.UtcDateTime).AddDays(1));
        var today = await attendance.TodayAsync();
        return new EmployeeHome(employee.Id, employee.Record.FullName, employee.Record.Position, employee.Record.Manager, employee.Record.StartDate,
            employee.Record.BranchCode, branch?.NameZh, branch?.NameEn, branch?.Geofence() ?? [], await attendance.GetShiftAsync(), today,
            [.. recent.Reverse().Take(10).Select(c => CheckInView.From(c))], employee.Onboarding, await attendance.LeaveAsync(), await attendance.AppealsAsync());
    }

    private static async Task<Results<Ok<CheckInView>, Created<CheckInView>>> CheckInAsync(CheckInRequest request, HttpContext http, IGrainFactory grains)
    {
        var employee = await EmployeeSignIn.AuthorisedAsync(http, grains);
        var result = await grains.GetGrain<IAttendanceGrain>(employee.Id).RecordAsync(request.Validated());
        var view = CheckInView.From(result.CheckIn, result.Replayed);
        return result.Replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/employee/check-ins/{view.Id}", view);
    }

    private static async Task<MonthSummary> MonthAsync(string? month, HttpContext http, IGrainFactory grains, TimeProvider clock)
    {
        var employee = await EmployeeSignIn.AuthorisedAsync(http, grains);
        var (year, m) = MonthQuery.Parse(month, clock.GetUtcNow());
        return await grains.GetGrain<IAttendanceGrain>(employee.Id).MonthAsync(year, m);
    }

    private static async Task<AttendanceAppeal> AppealAsync(AppealRequest request, HttpContext http, IGrainFactory grains)
    {
        var employee = await EmployeeSignIn.AuthorisedAsync(http, grains);
        return await grains.GetGrain<IAttendanceGrain>(employee.Id).AppealAsync(request.Day, request.Reason.Trim());
    }

    private static async Task<LeaveRequest> LeaveAsync(LeaveRequestInput request, HttpContext http, IGrainFactory grains)
    {
        var employee = await EmployeeSignIn.AuthorisedAsync(http, grains);
        return await grains.GetGrain<IAttendanceGrain>(employee.Id).RequestLeaveAsync(request.Kind, request.From, request.To, request.Reason.Trim());
    }
}
