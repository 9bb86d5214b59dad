using System.Collections.Immutable;
using BankHire.Attendance;
using BankHire.Banks;
using BankHire.Employees;
using BankHire.Notifications.Channels;
using BankHire.Web.Employees;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Attendance;

/// <summary>Attendance for HR and managers: months, check-ins, confirmations, appeals, leave, shifts, the export and the branch QR code.</summary>
public static class AttendanceEndpoints
{
    public sealed record ShiftInput(TimeOnly Start, TimeOnly End, int GraceMinutes, DayOfWeek[] Workdays) : IValidatedRequest
    {
        public void Validate()
        {
            if (End <= Start) throw ApiProblemException.Invalid("end", "'end' must be after 'start' (night shifts are not supported yet).");
            if (GraceMinutes is < 0 or > 120) throw ApiProblemException.Invalid("graceMinutes", "'graceMinutes' must be between 0 and 120.");
            if (Workdays is not { Length: > 0 } days || days.Any(d => !Enum.IsDefined(d)))
                throw ApiProblemException.Invalid("workdays", "'workdays' must list at least one day (Monday … Sunday).");
        }
    }

    /// <summary>The branch's code now, the link its QR code opens on the employee's phone, and that QR code (PNG, base64).</summary>
    public sealed record BranchCheckInCode(string Branch, string Code, DateTimeOffset ValidUntil, string Link, string QrPngBase64);

    public static void MapAttendance(this IEndpointRouteBuilder app)
    {
        var employees = app.MapGroup("/api/employees/{id:guid}").WithTags("Attendance");
        employees.MapGet("/attendance", MonthAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("The employee's month under the rules (?month=yyyy-MM).");
        employees.MapGet("/check-ins", CheckInsAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("The employee's check-ins in a month, both times kept.");
        employees.MapPost("/check-ins/{checkInId:guid}/confirm", ConfirmAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("A supervisor confirms a pending check-in.");
        employees.MapGet("/appeals", AppealsAsync).RequireAuthorization(AuthPolicies.AnyHr);
        employees.MapPost("/appeals/{appealId:guid}/decision", DecideAppealAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Approves (the day counts as excused) or rejects an appeal (申诉).");
        employees.MapGet("/leave", LeaveAsync).RequireAuthorization(AuthPolicies.AnyHr);
        employees.MapPost("/leave/{leaveId:guid}/decision", DecideLeaveAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Approves or rejects a leave request.");
        employees.MapPut("/shift", SetShiftAsync).RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Sets the employee's working hours and days.");

        var attendance = app.MapGroup("/api/attendance").WithTags("Attendance");
        attendance.MapGet("/", OverviewAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("Every employee's month (?month=yyyy-MM) with what waits for a decision.");
        attendance.MapGet("/export", ExportAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("The month as XLSX (Summary and Days sheets).");
        app.MapGet("/api/branches/{code}/check-in-code", BranchCodeAsync).WithTags("Attendance").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The branch's check-in code (changes every 30 s) and its QR code, for the screen at the branch.");
    }

    private static async Task<IAttendanceGrain> AttendanceOfAsync(Guid id, IGrainFactory grains)
    {
        _ = await grains.GetGrain<IEmployeeGrain>(id).GetAsync() ?? throw new EmployeeNotFoundException(id);
        return grains.GetGrain<IAttendanceGrain>(id);
    }

    private static async Task<MonthSummary> MonthAsync(Guid id, string? month, IGrainFactory grains, TimeProvider clock)
    {
        var (year, m) = MonthQuery.Parse(month, clock.GetUtcNow());
        return await (await AttendanceOfAsync(id, grains)).MonthAsync(year, m);
    }

    private static async Task<IEnumerable<CheckInView>> CheckInsAsync(Guid id, string? month, IGrainFactory grains, TimeProvider clock)
    {
        var (year, m) = MonthQuery.Parse(month, clock.GetUtcNow());
        var (from, to) = MonthQuery.Range(year, m);
        return (await (await AttendanceOfAsync(id, grains)).CheckInsAsync(from, to)).Select(c => CheckInView.From(c));
    }

    private static async Task<CheckInView> ConfirmAsync(Guid id, Guid checkInId, IGrainFactory grains, HttpContext http) =>
        CheckInView.From(await (await AttendanceOfAsync(id, grains)).ConfirmAsync(checkInId, http.User.Identity!.Name!));

    private static async Task<ImmutableArray<AttendanceAppeal>> AppealsAsync(Guid id, IGrainFactory grains) =>
        await (await AttendanceOfAsync(id, grains)).AppealsAsync();

    private static async Task<AttendanceAppeal> DecideAppealAsync(Guid id, Guid appealId, DecisionInput decision, IGrainFactory grains, HttpContext http) =>
        await (await AttendanceOfAsync(id, grains)).DecideAppealAsync(appealId, decision.Approve, http.User.Identity!.Name!, Require.OptionalText(decision.Note, "note", 500));

    private static async Task<ImmutableArray<LeaveRequest>> LeaveAsync(Guid id, IGrainFactory grains) =>
        await (await AttendanceOfAsync(id, grains)).LeaveAsync();

    private static async Task<LeaveRequest> DecideLeaveAsync(Guid id, Guid leaveId, DecisionInput decision, IGrainFactory grains, HttpContext http) =>
        await (await AttendanceOfAsync(id, grains)).DecideLeaveAsync(leaveId, decision.Approve, http.User.Identity!.Name!, Require.OptionalText(decision.Note, "note", 500));

    private static async Task<ShiftPattern> SetShiftAsync(Guid id, ShiftInput shift, IGrainFactory grains)
    {
        return await (await AttendanceOfAsync(id, grains)).SetShiftAsync(new ShiftPattern(shift.Start, shift.End, shift.GraceMinutes, [.. shift.Workdays.Distinct()]));
    }

    public static async Task<IReadOnlyList<AttendanceRow>> RowsAsync(IGrainFactory grains, int year, int month)
    {
        var employees = await EmployeeDirectory.AllAsync(grains);
        var rows = await Task.WhenAll(employees.Where(e => e.Record.StartDate <= new DateOnly(year, month, DateTime.DaysInMonth(year, month))).Select(async e =>
        {
            var attendance = grains.GetGrain<IAttendanceGrain>(e.Id);
            var (from, to) = MonthQuery.Range(year, month);
            var summary = await attendance.MonthAsync(year, month);
            var pendingConfirmations = (await attendance.CheckInsAsync(from, to)).Count(c => c.Outcome == CheckInOutcome.Pending);
            return new AttendanceRow(e.Id, e.Record.FullName, e.Record.BranchCode, e.Record.Position, summary,
                (await attendance.AppealsAsync()).Count(a => a.Status == AppealStatus.Pending),
                (await attendance.LeaveAsync()).Count(l => l.Status == AppealStatus.Pending), pendingConfirmations);
        }));
        return rows;
    }

    private static async Task<IReadOnlyList<AttendanceRow>> OverviewAsync(string? month, IGrainFactory grains, TimeProvider clock)
    {
        var (year, m) = MonthQuery.Parse(month, clock.GetUtcNow());
        return await RowsAsync(grains, year, m);
    }

    private static async Task<FileContentHttpResult> ExportAsync(string? month, IGrainFactory grains, TimeProvider clock)
    {
        var (year, m) = MonthQuery.Parse(month, clock.GetUtcNow());
        var bytes = AttendanceExport.Xlsx(await RowsAsync(grains, year, m));
        return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"attendance-{year:D4}-{m:D2}.xlsx");
    }

    // The link starts with the configured public address, never with the request's Host header, which the caller chooses.
    private static async Task<BranchCheckInCode> BranchCodeAsync(string code, IGrainFactory grains, BankHire.Web.CandidateStatus.CandidateLinks links)
    {
        var bank = await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync();
        if (bank?.Branches.Any(b => b.Code == code) != true) throw ApiProblemException.NotFound($"Branch '{code}'", "code");
        var current = await grains.GetGrain<IBranchAttendanceGrain>(code).CurrentAsync();
        var link = $"{links.BaseUrl}/employee.html#branch={Uri.EscapeDataString(code)}&qr={current.Code}";
        return new BranchCheckInCode(code, current.Code, current.ValidUntil, link, Convert.ToBase64String(QrCodes.Png(link, 6)));
    }
}
