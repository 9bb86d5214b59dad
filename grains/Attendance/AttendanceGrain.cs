using System.Collections.Immutable;
using BankHire.Banks;
using BankHire.Employees;
using BankHire.Notifications;
using BankHire.Notifications.Templates;
using BankHire.Persistence;

namespace BankHire.Attendance;

/// <summary>
/// One employee's attendance. A check-in is assessed (<see cref="CheckInAssessment"/>) and stored before it is
/// answered; a resend under the same id is answered with what is stored. Days and months are worked out from the
/// stored check-ins, leave and appeals by <see cref="AttendanceRules"/> whenever they are read, so a rule change
/// or a late check-in never leaves a stale summary behind.
/// </summary>
[GrainType("attendance")]
public sealed class AttendanceGrain(
    [PersistentState("attendance")] IPersistentState<AttendanceState> state,
    NotificationOptions options,
    TimeProvider clock) : Grain, IAttendanceGrain
{
    private Guid Id => this.GetPrimaryKey();

    public async ValueTask<CheckInResult> RecordAsync(CheckInSubmission submission)
    {
        if (state.State.CheckIns.FirstOrDefault(c => c.Submission.Id == submission.Id) is { } stored)
        {
            var resent = submission with { DeviceSentAt = stored.Submission.DeviceSentAt, Queued = stored.Submission.Queued };
            if (resent != stored.Submission)
                throw new AttendanceException($"Check-in {submission.Id} is already stored with different content; a new check-in needs a new id.", "id", conflict: true);
            return new CheckInResult(stored, Replayed: true);
        }
        if (submission.DeviceTime > submission.DeviceSentAt + TimeSpan.FromMinutes(1))
            throw new AttendanceException("'deviceTime' is after 'deviceSentAt': a check-in cannot be sent before it is taken.", "deviceTime");

        var employee = await EmployeeAsync();
        var receivedAt = clock.GetUtcNow();
        var bank = await GrainFactory.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync();
        var branchCode = submission.Method == CheckInMethod.BranchQr && submission.BranchCode is { Length: > 0 } scanned ? scanned : employee.Record.BranchCode;
        var branch = bank?.Branches.FirstOrDefault(b => b.Code == branchCode);
        bool? qrValid = null;
        if (submission.Method == CheckInMethod.BranchQr)
        {
            var takenAt = submission.DeviceTime + (receivedAt - submission.DeviceSentAt);
            qrValid = branch is not null && submission.QrCode is { } code
                && await GrainFactory.GetGrain<IBranchAttendanceGrain>(branch.Code).VerifyAsync(code, takenAt);
        }
        bool? faceVerified = submission.Method == CheckInMethod.Face
            ? submission.FacePassId is { } pass && await GrainFactory.GetGrain<IEmployeeFaceGrain>(Id).UsePassAsync(pass)
            : null;
        var checkIn = CheckInAssessment.Assess(submission, receivedAt, branchCode, branch?.Geofence() ?? [], qrValid, faceVerified);
        state.State.CheckIns.Add(checkIn);
        await state.WriteOrReloadAsync(this);
        return new CheckInResult(checkIn, Replayed: false);
    }

    public async ValueTask<CheckIn> ConfirmAsync(Guid checkInId, string supervisor)
    {
        var index = state.State.CheckIns.FindIndex(c => c.Submission.Id == checkInId);
        if (index < 0) throw new AttendanceException($"Check-in {checkInId} does not exist.", "checkInId");
        var checkIn = state.State.CheckIns[index];
        if (checkIn.Outcome != CheckInOutcome.Pending) return checkIn;
        var reasons = checkIn.Reasons.Remove("awaiting-supervisor").Add("confirmed");
        checkIn = checkIn with
        {
            Outcome = reasons.Any(r => r is "clock-skew" or "late-upload") ? CheckInOutcome.Flagged : CheckInOutcome.Accepted,
            Reasons = reasons,
            ConfirmedBy = supervisor,
        };
        state.State.CheckIns[index] = checkIn;
        await state.WriteOrReloadAsync(this);
        return checkIn;
    }

    public async ValueTask<ImmutableArray<CheckIn>> CheckInsAsync(DateOnly from, DateOnly to)
    {
        var rules = await RulesAsync();
        return [.. state.State.CheckIns.Where(c => rules.DayOf(c.EffectiveAt) is var d && d >= from && d <= to).OrderBy(c => c.EffectiveAt)];
    }

    public ValueTask<ShiftPattern> GetShiftAsync() => ValueTask.FromResult(state.State.Shift ?? ShiftPattern.Default);

    public async ValueTask<ShiftPattern> SetShiftAsync(ShiftPattern shift)
    {
        state.State.Shift = shift;
        await state.WriteOrReloadAsync(this);
        return shift;
    }

    public async ValueTask<AttendanceAppeal> AppealAsync(DateOnly day, string reason)
    {
        var employee = await EmployeeAsync();
        var rules = await RulesAsync();
        if (day > rules.DayOf(clock.GetUtcNow()) || day < employee.Record.StartDate)
            throw new AttendanceException($"An appeal is for a past working day since {employee.Record.StartDate:yyyy-MM-dd}.", "day");
        if (state.State.Appeals.FirstOrDefault(a => a.Day == day && a.Status != AppealStatus.Rejected) is { } open)
            return open;
        var appeal = new AttendanceAppeal(Guid.NewGuid(), day, reason, clock.GetUtcNow(), AppealStatus.Pending, null, null, null);
        state.State.Appeals.Add(appeal);
        await state.WriteOrReloadAsync(this);
        return appeal;
    }

    public async ValueTask<AttendanceAppeal> DecideAppealAsync(Guid appealId, bool approve, string actor, string? note)
    {
        var index = state.State.Appeals.FindIndex(a => a.Id == appealId);
        if (index < 0) throw new AttendanceException($"Appeal {appealId} does not exist.", "appealId");
        var decided = state.State.Appeals[index] with
        {
            Status = approve ? AppealStatus.Approved : AppealStatus.Rejected, DecidedBy = actor, DecidedAt = clock.GetUtcNow(), Note = note,
        };
        state.State.Appeals[index] = decided;
        await state.WriteOrReloadAsync(this);
        return decided;
    }

    public ValueTask<ImmutableArray<AttendanceAppeal>> AppealsAsync() => ValueTask.FromResult(state.State.Appeals.ToImmutableArray());

    public async ValueTask<LeaveRequest> RequestLeaveAsync(LeaveKind kind, DateOnly from, DateOnly to, string reason)
    {
        await EmployeeAsync();
        if (to < from) throw new AttendanceException("'to' is before 'from'.", "to");
        if (to.DayNumber - from.DayNumber > 180) throw new AttendanceException("A leave request covers at most 180 days.", "to");
        var overlapping = state.State.Leave.FirstOrDefault(l => l.Status != AppealStatus.Rejected && l.From <= to && from <= l.To);
        if (overlapping is not null)
            throw new AttendanceException($"Leave from {overlapping.From:yyyy-MM-dd} to {overlapping.To:yyyy-MM-dd} already covers some of these days.", "from", conflict: true);
        var request = new LeaveRequest(Guid.NewGuid(), kind, from, to, reason, clock.GetUtcNow(), AppealStatus.Pending, null, null, null);
        state.State.Leave.Add(request);
        await state.WriteOrReloadAsync(this);
        return request;
    }

    public async ValueTask<LeaveRequest> DecideLeaveAsync(Guid leaveId, bool approve, string actor, string? note)
    {
        var index = state.State.Leave.FindIndex(l => l.Id == leaveId);
        if (index < 0) throw new AttendanceException($"Leave request {leaveId} does not exist.", "leaveId");
        var decided = state.State.Leave[index] with
        {
            Status = approve ? AppealStatus.Approved : AppealStatus.Rejected, DecidedBy = actor, DecidedAt = clock.GetUtcNow(), Note = note,
        };
        state.State.Leave[index] = decided;
        await state.WriteOrReloadAsync(this);
        return decided;
    }

    public ValueTask<ImmutableArray<LeaveRequest>> LeaveAsync() => ValueTask.FromResult(state.State.Leave.ToImmutableArray());

    public async ValueTask<MonthSummary> MonthAsync(int year, int month)
    {
        var employee = await EmployeeAsync();
        var rules = await RulesAsync();
        return rules.Month(Id, year, month, state.State.CheckIns, state.State.Leave, state.State.Appeals,
            rules.DayOf(clock.GetUtcNow()), employee.Record.StartDate, employee.Record.LeftOn);
    }

    public async ValueTask<DaySummary?> TodayAsync()
    {
        var employee = await EmployeeAsync();
        var rules = await RulesAsync();
        var today = rules.DayOf(clock.GetUtcNow());
        if (today < employee.Record.StartDate || today > employee.Record.LeftOn) return null;
        var excused = state.State.Appeals.Any(a => a.Day == today && a.Status == AppealStatus.Approved);
        var onLeave = state.State.Leave.Any(l => l.Status == AppealStatus.Approved && l.From <= today && today <= l.To);
        return rules.Day(today, state.State.CheckIns, today, onLeave, excused);
    }

    public async ValueTask<int> ImportAsync(ImmutableArray<CheckIn> history)
    {
        var known = state.State.CheckIns.Select(c => c.Submission.Id).ToHashSet();
        var added = history.Where(c => known.Add(c.Submission.Id)).ToList();
        if (added.Count == 0) return 0;
        state.State.CheckIns.AddRange(added);
        await state.WriteOrReloadAsync(this);
        return added.Count;
    }

    private async Task<AttendanceRules> RulesAsync() => new(await GetShiftAsync(), MessageTimes.Zone(options.TimeZone));

    private async Task<EmployeeSnapshot> EmployeeAsync() =>
        await GrainFactory.GetGrain<IEmployeeGrain>(Id).GetAsync() ?? throw new EmployeeNotFoundException(Id);
}
