using BankHire.Attendance;
using BankHire.Banks;
using BankHire.Employees;
using BankHire.Tests.Grains;

namespace BankHire.Tests.Attendance;

/// <summary>The attendance grain on the real store with the manual clock (the "cluster" silo: it sets the bank's branches, which the notification tests must not see): replays, conflicts, QR, supervisor, appeals, leave and the month.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AttendanceGrainTests(ClusterFixture fixture)
{
    private static readonly Branch Lujiazui = new("SH-LJZ", "上海陆家嘴支行", "Shanghai Lujiazui", "上海", 31.2397, 121.4998, 300);

    private async Task<(Guid Id, IAttendanceGrain Grain)> EmployeeAsync()
    {
        await fixture.Grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).SetAsync(new BankProfile("示范银行", "Demo Bank", [Lujiazui]));
        var id = Guid.NewGuid();
        var start = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(-10);
        await fixture.Grains.GetGrain<IEmployeeGrain>(id).CreateAsync(new EmployeeRecord(null, "钱多多", "teller", "SH-LJZ", "综合柜员", start));
        return (id, fixture.Grains.GetGrain<IAttendanceGrain>(id));
    }

    private CheckInSubmission Here(CheckInMethod method = CheckInMethod.Location, string? qr = null) => new(
        Guid.NewGuid(), CheckInKind.In, method, method == CheckInMethod.Location ? 31.2399 : null, method == CheckInMethod.Location ? 121.5001 : null,
        method == CheckInMethod.Location ? 12 : null, fixture.Clock.GetUtcNow(), fixture.Clock.GetUtcNow(), qr is null ? null : "SH-LJZ", qr, false);

    [Fact]
    public async Task A_resent_check_in_is_stored_once_and_different_content_under_its_id_is_a_conflict()
    {
        var (_, grain) = await EmployeeAsync();
        var submission = Here();
        var first = await grain.RecordAsync(submission);
        fixture.Clock.Advance(TimeSpan.FromSeconds(20));
        var again = await grain.RecordAsync(submission with { DeviceSentAt = fixture.Clock.GetUtcNow(), Queued = true });

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(first.CheckIn, again.CheckIn);
        var conflict = await Assert.ThrowsAsync<AttendanceException>(() => grain.RecordAsync(submission with { Kind = CheckInKind.Out }).AsTask());
        Assert.True(conflict.Conflict);
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        Assert.Single(await grain.CheckInsAsync(today.AddDays(-1), today.AddDays(1)), c => c.Submission.Id == submission.Id);
    }

    [Fact]
    public async Task The_branch_code_on_the_screen_checks_in_and_an_old_one_is_refused()
    {
        var (_, grain) = await EmployeeAsync();
        var code = await fixture.Grains.GetGrain<IBranchAttendanceGrain>("SH-LJZ").CurrentAsync();
        var accepted = await grain.RecordAsync(Here(CheckInMethod.BranchQr, code.Code));
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        var stale = await grain.RecordAsync(Here(CheckInMethod.BranchQr, code.Code));

        Assert.Equal(CheckInOutcome.Accepted, accepted.CheckIn.Outcome);
        Assert.Equal(CheckInOutcome.Refused, stale.CheckIn.Outcome);
        Assert.Contains("qr-invalid", stale.CheckIn.Reasons);
    }

    [Fact]
    public async Task A_supervisor_check_in_counts_only_once_confirmed()
    {
        var (_, grain) = await EmployeeAsync();
        var pending = await grain.RecordAsync(Here(CheckInMethod.Supervisor));
        Assert.Equal(CheckInOutcome.Pending, pending.CheckIn.Outcome);

        var confirmed = await grain.ConfirmAsync(pending.CheckIn.Submission.Id, "网点主管");

        Assert.Equal((CheckInOutcome.Accepted, "网点主管"), (confirmed.Outcome, confirmed.ConfirmedBy));
        Assert.Contains("confirmed", confirmed.Reasons);
    }

    [Fact]
    public async Task An_approved_appeal_excuses_an_absent_day_and_overlapping_leave_is_refused()
    {
        var (_, grain) = await EmployeeAsync();
        var now = fixture.Clock.GetUtcNow();
        var month = await grain.MonthAsync(now.Year, now.Month);
        var absent = month.Days.First(d => d.Status == DayStatus.Absent).Day;

        var appeal = await grain.AppealAsync(absent, "地铁故障，已向主管报备");
        Assert.Equal(appeal, await grain.AppealAsync(absent, "again")); // one open appeal per day
        await grain.DecideAppealAsync(appeal.Id, approve: true, "李行长", null);
        var after = await grain.MonthAsync(now.Year, now.Month);
        Assert.Equal(DayStatus.Excused, after.Days.Single(d => d.Day == absent).Status);
        Assert.Equal(month.Absent - 1, after.Absent);

        var leave = await grain.RequestLeaveAsync(LeaveKind.Annual, absent.AddDays(20), absent.AddDays(22), "探亲");
        var clash = await Assert.ThrowsAsync<AttendanceException>(() => grain.RequestLeaveAsync(LeaveKind.Sick, absent.AddDays(22), absent.AddDays(23), "病").AsTask());
        Assert.True(clash.Conflict);
        Assert.Equal(AppealStatus.Approved, (await grain.DecideLeaveAsync(leave.Id, true, "李行长", "批准")).Status);
        await Assert.ThrowsAsync<AttendanceException>(() => grain.AppealAsync(absent.AddDays(40), "future").AsTask());
    }
}
