using System.Collections.Immutable;
using BankHire.Employees.Onboarding;
using BankHire.Indexes;
using BankHire.Notifications;
using BankHire.Notifications.Templates;
using BankHire.Persistence;

namespace BankHire.Employees;

/// <summary>
/// One employee. Onboarding stores the record, the checklist and the sign-in hash first; the welcome and the
/// checklist reminders are sent by a durable reminder tick (never inside the hiring call, which comes from the
/// candidate grain that the notifications read back), so a crash between the two loses nothing.
/// </summary>
[GrainType("employee")]
public sealed class EmployeeGrain(
    [PersistentState("employee")] IPersistentState<EmployeeState> state,
    NotificationOptions options,
    TimeProvider clock) : Grain, IEmployeeGrain, IRemindable
{
    public const string ReminderName = "onboarding";

    private Guid Id => this.GetPrimaryKey();

    public async ValueTask<EmployeeSnapshot> CreateAsync(EmployeeRecord record)
    {
        if (state.State.Employee is { } existing) return existing;
        state.State.SignInHash = SignInCodes.Hash(SignInCodes.NewSecret());
        var created = await SaveAsync(New(record, null));
        await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.Employees).AddAsync(Id.ToString());
        return created;
    }

    public async ValueTask<Onboarded> OnboardAsync(Hire hire)
    {
        if (state.State.Employee is { } existing)
        {
            // A crash after saving but before indexing: the repeated hire completes the listing (adding is idempotent).
            await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.Employees).AddAsync(Id.ToString());
            return new Onboarded(existing, null, false);
        }
        var secret = SignInCodes.NewSecret();
        var code = SignInCodes.Code(Id, secret);
        state.State.SignInHash = SignInCodes.Hash(secret);
        if (hire.Record.CandidateId is not null) state.State.PendingWelcomeLink = SignInCodes.Link(options.PublicBaseUrl, code);
        var employee = New(hire.Record, hire.Scores) with { NextCheckAt = clock.GetUtcNow() };
        await SaveAsync(employee);
        await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.Employees).AddAsync(Id.ToString());
        await ScheduleAsync();
        return new Onboarded(state.State.Employee!, code, true);
    }

    private EmployeeSnapshot New(EmployeeRecord record, HireScores? scores) =>
        new(Id, record, [], clock.GetUtcNow(), OnboardingChecklist.For(record.StartDate), scores, null, null);

    public ValueTask<EmployeeSnapshot?> GetAsync() => ValueTask.FromResult(state.State.Employee);

    public async ValueTask<EmployeeSnapshot> UpdateAsync(EmployeeRecord record)
    {
        var current = Existing();
        var tasks = record.StartDate == current.Record.StartDate ? current.Onboarding : OnboardingChecklist.Moved(current.Onboarding, record.StartDate);
        await SaveAsync(current with { Record = record, Onboarding = tasks });
        await ScheduleAsync();
        return state.State.Employee!;
    }

    public async ValueTask<EmployeeSnapshot> CompleteTaskAsync(string key, string actor)
    {
        var current = Existing();
        var task = current.Onboarding.FirstOrDefault(t => t.Key == key)
            ?? throw new OnboardingException($"'{key}' is not on the checklist ({string.Join(", ", current.Onboarding.Select(t => t.Key))}).", "task");
        if (task.DoneAt is not null) return current;
        await SaveAsync(current with { Onboarding = current.Onboarding.Replace(task, task with { DoneAt = clock.GetUtcNow(), DoneBy = actor }) });
        await ScheduleAsync();
        return state.State.Employee!;
    }

    public async ValueTask<EmployeeSnapshot> CheckDueAsync()
    {
        var current = Existing();
        var now = clock.GetUtcNow();
        var zone = MessageTimes.Zone(options.TimeZone);
        if (state.State.PendingWelcomeLink is { } link && current.Record.CandidateId is not null)
        {
            await SendAsync(current, MessageKind.Welcome, link, new Dictionary<string, string>());
            state.State.PendingWelcomeLink = null;
            current = await SaveAsync(current with { WelcomedAt = now });
        }
        var tasks = current.Onboarding;
        foreach (var due in OnboardingChecklist.DueForReminder(tasks, now, zone).ToList())
        {
            if (current.Record.CandidateId is not null)
            {
                var chinese = current.Record.Language == NotificationLanguages.Chinese;
                await SendAsync(current, MessageKind.OnboardingReminder, SignInCodes.PageLink(options.PublicBaseUrl), new Dictionary<string, string>
                {
                    [TemplateVariables.Task] = chinese ? due.TitleZh : due.TitleEn,
                    [TemplateVariables.DueDate] = due.DueOn.ToString("yyyy-MM-dd"),
                });
            }
            tasks = tasks.Replace(due, due with { RemindedAt = now });
        }
        if (tasks != current.Onboarding) await SaveAsync(current with { Onboarding = tasks });
        await ScheduleAsync();
        return state.State.Employee!;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName && state.State.Employee is not null) await CheckDueAsync();
    }

    public async ValueTask<string> IssueSignInCodeAsync()
    {
        Existing();
        var secret = SignInCodes.NewSecret();
        state.State.SignInHash = SignInCodes.Hash(secret);
        await state.WriteOrReloadAsync(this);
        return SignInCodes.Code(Id, secret);
    }

    public ValueTask<bool> VerifySignInAsync(string secret) =>
        ValueTask.FromResult(state.State.Employee is { Record.LeftOn: null } && SignInCodes.Matches(state.State.SignInHash, secret));

    public async ValueTask<EmployeeSnapshot> AddReviewAsync(PerformanceReview review)
    {
        var current = Existing();
        var reviews = current.Reviews.RemoveAll(r => r.Period == review.Period).Add(review);
        return await SaveAsync(current with { Reviews = reviews });
    }

    public async ValueTask<EmployeeSnapshot> AddFeedbackAsync(Feedback360 feedback)
    {
        var current = Existing();
        var all = (current.Feedback ?? []).RemoveAll(f => f.Period == feedback.Period && f.Rater == feedback.Rater).Add(feedback);
        return await SaveAsync(current with { Feedback = all });
    }

    /// <summary>Through the candidate's message box: the candidate's contact details, templates, delivery records and retries.</summary>
    private Task SendAsync(EmployeeSnapshot employee, MessageKind kind, string link, IReadOnlyDictionary<string, string> extra)
    {
        var record = employee.Record;
        var channels = ImmutableArray.CreateBuilder<InvitationChannel>();
        if (!string.IsNullOrWhiteSpace(record.Email) || string.IsNullOrWhiteSpace(record.Phone)) channels.Add(InvitationChannel.Email);
        if (!string.IsNullOrWhiteSpace(record.Phone)) channels.Add(InvitationChannel.Sms);
        var start = record.StartDate.ToDateTime(new TimeOnly(9, 0));
        var variables = new Dictionary<string, string>(extra) { [TemplateVariables.StartDate] = record.StartDate.ToString("yyyy-MM-dd") };
        return GrainFactory.GetGrain<ICandidateNotificationsGrain>(record.CandidateId!.Value).SendAsync(new NotificationRequest(
            kind, channels.ToImmutable(), record.Language, Guid.Empty, link, new DateTimeOffset(start, TimeSpan.FromHours(8)), null,
            variables.ToImmutableDictionary())).AsTask();
    }

    private DateTimeOffset? NextDue()
    {
        if (state.State.Employee is not { } employee) return null;
        if (state.State.PendingWelcomeLink is not null) return clock.GetUtcNow();
        return OnboardingChecklist.NextReminder(employee.Onboarding, MessageTimes.Zone(options.TimeZone));
    }

    private async Task ScheduleAsync()
    {
        var next = NextDue();
        if (state.State.Employee!.NextCheckAt != next) await SaveAsync(state.State.Employee with { NextCheckAt = next });
        if (next is { } at)
        {
            var due = at - clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(ReminderName, due < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : due, TimeSpan.FromHours(1));
        }
        else if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private EmployeeSnapshot Existing() => state.State.Employee ?? throw new EmployeeNotFoundException(Id);

    private async ValueTask<EmployeeSnapshot> SaveAsync(EmployeeSnapshot employee)
    {
        state.State.Employee = employee;
        await state.WriteOrReloadAsync(this);
        return employee;
    }
}
