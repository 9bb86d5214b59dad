using BankHire.Attendance;

namespace BankHire.Tests.Attendance;

/// <summary>The attendance rules and the check-in assessment as plain functions: shifts, late, early leave, absence, leave, appeals, geofence, clock.</summary>
public sealed class AttendanceRulesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
    private static readonly AttendanceRules Rules = new(ShiftPattern.Default, Shanghai);
    private static readonly DateOnly Monday = new(2027, 3, 1);
    private static readonly GeofenceLocation Branch = new("陆家嘴", 31.2397, 121.4998, 300);

    private static CheckIn At(DateOnly day, int hour, int minute, CheckInKind kind, CheckInOutcome outcome = CheckInOutcome.Accepted)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));
        var submission = new CheckInSubmission(Guid.NewGuid(), kind, CheckInMethod.Location, 31.2397, 121.4998, 20, at, at, null, null, false);
        return new CheckIn(submission, at, 0, at, "SH-LJZ", 0, outcome, []);
    }

    [Fact]
    public void In_before_the_grace_and_out_after_the_end_is_a_normal_day()
    {
        var day = Rules.Day(Monday, [At(Monday, 9, 4, CheckInKind.In), At(Monday, 17, 31, CheckInKind.Out)], Monday.AddDays(1), false, false);
        Assert.Equal((DayStatus.Normal, 0, 0), (day.Status, day.LateMinutes, day.EarlyMinutes));
        Assert.Equal(new TimeOnly(9, 4), day.FirstIn);
    }

    [Fact]
    public void Late_and_early_leave_are_counted_in_minutes_past_the_grace()
    {
        var day = Rules.Day(Monday, [At(Monday, 9, 20, CheckInKind.In), At(Monday, 16, 0, CheckInKind.Out)], Monday.AddDays(1), false, false);
        Assert.Equal((DayStatus.LateAndEarlyLeave, 20, 90), (day.Status, day.LateMinutes, day.EarlyMinutes));
    }

    [Fact]
    public void A_past_day_without_a_check_out_is_early_leave_but_today_is_not_yet()
    {
        Assert.Equal(DayStatus.EarlyLeave, Rules.Day(Monday, [At(Monday, 8, 55, CheckInKind.In)], Monday.AddDays(1), false, false).Status);
        Assert.Equal(DayStatus.Normal, Rules.Day(Monday, [At(Monday, 8, 55, CheckInKind.In)], Monday, false, false).Status);
    }

    [Fact]
    public void Refused_and_pending_check_ins_do_not_count_so_the_day_is_absent_and_flagged()
    {
        var day = Rules.Day(Monday, [At(Monday, 9, 0, CheckInKind.In, CheckInOutcome.Refused), At(Monday, 9, 1, CheckInKind.In, CheckInOutcome.Pending)],
            Monday.AddDays(1), false, false);
        Assert.Equal(DayStatus.Absent, day.Status);
        Assert.True(day.Flagged);
    }

    [Fact]
    public void Approved_leave_and_an_approved_appeal_change_what_a_day_counts_as()
    {
        Assert.Equal(DayStatus.Leave, Rules.Day(Monday, [], Monday.AddDays(1), onLeave: true, false).Status);
        Assert.Equal(DayStatus.Excused, Rules.Day(Monday, [], Monday.AddDays(1), false, appealApproved: true).Status);
        Assert.Equal(DayStatus.Excused, Rules.Day(Monday, [At(Monday, 10, 0, CheckInKind.In), At(Monday, 17, 40, CheckInKind.Out)], Monday.AddDays(1), false, true).Status);
        Assert.Equal(DayStatus.Rest, Rules.Day(Monday.AddDays(5), [], Monday.AddDays(10), false, false).Status); // Saturday
        Assert.Equal(DayStatus.Upcoming, Rules.Day(Monday.AddDays(3), [], Monday, false, false).Status);
    }

    [Fact]
    public void A_month_counts_from_the_first_day_of_work_and_sums_each_status()
    {
        var checkIns = new List<CheckIn>();
        foreach (var d in Enumerable.Range(0, 5).Select(i => Monday.AddDays(7 + i)))
        {
            checkIns.Add(At(d, d.DayOfWeek == DayOfWeek.Tuesday ? 9 : 8, d.DayOfWeek == DayOfWeek.Tuesday ? 30 : 50, CheckInKind.In));
            if (d.DayOfWeek != DayOfWeek.Friday) checkIns.Add(At(d, 17, 35, CheckInKind.Out));
        }
        var leave = new LeaveRequest(Guid.NewGuid(), LeaveKind.Annual, Monday.AddDays(14), Monday.AddDays(15), "家事", default, AppealStatus.Approved, "mgr", null, null);
        var month = Rules.Month(Guid.NewGuid(), 2027, 3, checkIns, [leave], [], today: Monday.AddDays(16), firstDay: Monday.AddDays(7), lastDay: null);

        Assert.Equal(8, month.Workdays); // 8–12 and 15–17 March
        Assert.Equal((5, 1, 1, 1, 2), (month.Present, month.Late, month.EarlyLeave, month.Absent, month.LeaveDays));
        Assert.DoesNotContain(month.Days, d => d.Day < Monday.AddDays(7));
    }

    private static CheckInSubmission Located(double lat, double lon, double accuracy, DateTimeOffset taken, DateTimeOffset sent) =>
        new(Guid.NewGuid(), CheckInKind.In, CheckInMethod.Location, lat, lon, accuracy, taken, sent, null, null, false);

    [Fact]
    public void A_position_inside_the_fence_is_accepted_and_outside_refused_with_the_distance()
    {
        var now = new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var inside = CheckInAssessment.Assess(Located(31.2405, 121.5010, 15, now, now), now, "SH-LJZ", [Branch], null);
        var outside = CheckInAssessment.Assess(Located(31.2500, 121.4998, 15, now, now), now, "SH-LJZ", [Branch], null);

        Assert.Equal(CheckInOutcome.Accepted, inside.Outcome);
        Assert.InRange(inside.DistanceMeters!.Value, 100, 160);
        Assert.Equal(CheckInOutcome.Refused, outside.Outcome);
        Assert.Contains("outside-geofence", outside.Reasons);
        Assert.InRange(outside.DistanceMeters!.Value, 1100, 1200); // 0.0103° of latitude ≈ 1145 m
    }

    [Fact]
    public void A_second_location_of_the_branch_counts_and_poor_accuracy_is_flagged_not_refused()
    {
        var now = new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var annex = new GeofenceLocation("培训中心", 31.2500, 121.4998, 200);
        var atAnnex = CheckInAssessment.Assess(Located(31.2500, 121.4999, 15, now, now), now, "SH-LJZ", [Branch, annex], null);
        var vague = CheckInAssessment.Assess(Located(31.2398, 121.4998, 900, now, now), now, "SH-LJZ", [Branch], null);

        Assert.Equal(CheckInOutcome.Accepted, atAnnex.Outcome);
        Assert.Equal((CheckInOutcome.Flagged, "accuracy-worse-than-radius"), (vague.Outcome, Assert.Single(vague.Reasons)));
    }

    [Fact]
    public void The_phone_clock_is_measured_at_sending_so_an_offline_check_in_keeps_its_time_and_a_wrong_clock_is_flagged()
    {
        var received = new DateTimeOffset(2027, 3, 1, 4, 0, 0, TimeSpan.Zero);
        // Taken offline at 09:00 local (01:00 UTC) and sent three hours later; the phone's clock is right.
        var queued = CheckInAssessment.Assess(Located(31.2397, 121.4998, 10, received.AddHours(-3), received) with { Queued = true }, received, "SH-LJZ", [Branch], null);
        // The phone's clock runs ten minutes fast.
        var fast = CheckInAssessment.Assess(Located(31.2397, 121.4998, 10, received.AddMinutes(10), received.AddMinutes(10)), received, "SH-LJZ", [Branch], null);

        Assert.Equal((CheckInOutcome.Accepted, received.AddHours(-3)), (queued.Outcome, queued.EffectiveAt));
        Assert.Equal(CheckInOutcome.Flagged, fast.Outcome);
        Assert.Equal("clock-skew", Assert.Single(fast.Reasons));
        Assert.Equal(-600, fast.ClockSkewSeconds);
        Assert.Equal(received, fast.EffectiveAt); // corrected to the server's clock
        Assert.Equal(received.AddMinutes(10), fast.Submission.DeviceTime); // and the phone's time kept
    }

    [Fact]
    public void The_branch_code_changes_every_30_seconds_and_is_accepted_for_one_window_after()
    {
        var secret = new byte[32];
        new Random(7).NextBytes(secret);
        var at = new DateTimeOffset(2027, 3, 1, 1, 0, 5, TimeSpan.Zero);
        var code = RotatingBranchCode.Code(secret, "SH-LJZ", RotatingBranchCode.Window(at));

        Assert.Matches("^[0-9]{6}$", code);
        Assert.True(RotatingBranchCode.Verify(secret, "SH-LJZ", code, at.AddSeconds(40)));
        Assert.False(RotatingBranchCode.Verify(secret, "SH-LJZ", code, at.AddSeconds(70)));
        Assert.False(RotatingBranchCode.Verify(secret, "BJ-JRJ", code, at));
        Assert.NotEqual(code, RotatingBranchCode.Code(secret, "SH-LJZ", RotatingBranchCode.Window(at) + 1));
    }
}
