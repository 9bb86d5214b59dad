using BankHire.Candidates;
using BankHire.Employees;
using BankHire.Employees.Onboarding;
using BankHire.Indexes;
using BankHire.Notifications;
using BankHire.Tests.Notifications;

namespace BankHire.Tests.Employees;

/// <summary>Hired → employee, without re-typing; the welcome and the checklist reminders through the real SMTP channel, on the manual clock.</summary>
[Collection(NotifyClusterCollection.Name)]
public sealed class OnboardingTests(NotifyClusterFixture fixture)
{
    private async Task<(string Job, Guid Candidate, string Email)> HiredAsync()
    {
        var email = $"{Guid.NewGuid():N}@example.edu.cn";
        var (job, candidate) = await fixture.CandidateAsync(name: "孙悦", email: email, phone: null);
        var grain = fixture.Grains.GetGrain<ICandidateGrain>(candidate);
        foreach (var stage in new[] { CandidateStage.Invited, CandidateStage.Interviewing, CandidateStage.Completed, CandidateStage.Offer, CandidateStage.Hired })
            await grain.MoveToAsync(stage, "hr", null);
        return (job, candidate, email);
    }

    [Fact]
    public async Task Moving_a_candidate_to_hired_creates_the_employee_once_with_what_was_already_known()
    {
        var (job, candidate, email) = await HiredAsync();
        await fixture.Grains.GetGrain<ICandidateGrain>(candidate).MoveToAsync(CandidateStage.Hired, "hr", null);

        var employee = await fixture.Grains.GetGrain<IEmployeeGrain>(candidate).GetAsync();
        Assert.NotNull(employee);
        Assert.Equal((candidate, "孙悦", job, "SH-LJZ", "综合柜员", email), (employee.Record.CandidateId!.Value, employee.Record.FullName,
            employee.Record.JobId, employee.Record.BranchCode, employee.Record.Position, employee.Record.Email!));
        Assert.Equal(1, employee.AtHire!.RubricVersion);
        Assert.Equal(DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(HireFacts.DefaultDaysToStart), employee.Record.StartDate);
        Assert.Equal([OnboardingChecklist.Documents, OnboardingChecklist.Contract, OnboardingChecklist.Training], employee.Onboarding.Select(t => t.Key));
        Assert.Single(await fixture.Grains.GetGrain<IIndexGrain>(IndexKeys.Employees).ListAsync(), id => id == candidate.ToString());

        var repeat = await fixture.Grains.GetGrain<IEmployeeGrain>(candidate).OnboardAsync(new Hire(employee.Record with { FullName = "别人" }, null, "hr"));
        Assert.False(repeat.Created);
        Assert.Null(repeat.SignInCode);
        Assert.Equal("孙悦", repeat.Employee.Record.FullName);
    }

    [Fact]
    public async Task The_welcome_carries_a_sign_in_link_that_works_and_is_sent_once()
    {
        var (_, candidate, email) = await HiredAsync();
        var grain = fixture.Grains.GetGrain<IEmployeeGrain>(candidate);

        await grain.CheckDueAsync();
        await grain.CheckDueAsync();

        var welcome = Assert.Single(fixture.Smtp.To(email));
        Assert.Contains("欢迎", welcome.Message.Subject!);
        var body = welcome.Message.TextBody!;
        var code = body[(body.IndexOf("#code=", StringComparison.Ordinal) + 6)..].Split('\n')[0].Trim();
        Assert.True(SignInCodes.TryParse(code, out var id, out var secret));
        Assert.Equal(candidate, id);
        Assert.True(await grain.VerifySignInAsync(secret));
        Assert.False(await grain.VerifySignInAsync(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')));
        Assert.NotNull((await grain.GetAsync())!.WelcomedAt);

        var reissued = await grain.IssueSignInCodeAsync();
        Assert.False(await grain.VerifySignInAsync(secret)); // the old code stops working
        Assert.True(SignInCodes.TryParse(reissued, out _, out var fresh) && await grain.VerifySignInAsync(fresh));
    }

    [Fact]
    public async Task An_open_checklist_item_is_reminded_once_the_day_before_it_is_due_and_a_done_one_never()
    {
        var (_, candidate, email) = await HiredAsync();
        var grain = fixture.Grains.GetGrain<IEmployeeGrain>(candidate);
        await grain.CheckDueAsync(); // the welcome
        await grain.CompleteTaskAsync(OnboardingChecklist.Contract, "hr");
        var employee = (await grain.GetAsync())!;
        var documents = employee.Onboarding.Single(t => t.Key == OnboardingChecklist.Documents);
        var remindAt = OnboardingChecklist.ReminderAt(documents, BankHire.Notifications.Templates.MessageTimes.Zone("Asia/Shanghai"));
        Assert.Equal(remindAt, employee.NextCheckAt);

        fixture.Clock.Advance(remindAt - fixture.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await grain.CheckDueAsync();
        Assert.Single(fixture.Smtp.To(email)); // only the welcome so far

        fixture.Clock.Advance(TimeSpan.FromDays(5)); // past the documents' and the (done) contract's reminders
        await grain.CheckDueAsync();
        await grain.CheckDueAsync();

        var reminders = fixture.Smtp.To(email).Where(m => m.Message.Subject?.StartsWith("提醒") == true).ToList();
        var reminder = Assert.Single(reminders);
        Assert.Contains("提交入职材料", reminder.Message.Subject);
        var after = (await grain.GetAsync())!;
        Assert.NotNull(after.Onboarding.Single(t => t.Key == OnboardingChecklist.Documents).RemindedAt);
        Assert.Null(after.Onboarding.Single(t => t.Key == OnboardingChecklist.Contract).RemindedAt);
        Assert.Equal(MessageKind.OnboardingReminder,
            (await fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate).ListAsync()).First().Kind);
    }

    [Fact]
    public async Task Moving_the_start_date_moves_the_checklist()
    {
        var (_, candidate, _) = await HiredAsync();
        var grain = fixture.Grains.GetGrain<IEmployeeGrain>(candidate);
        var before = (await grain.GetAsync())!;

        var after = await grain.UpdateAsync(before.Record with { StartDate = before.Record.StartDate.AddDays(10), Manager = "李行长" });

        Assert.Equal(before.Onboarding.Select(t => t.DueOn.AddDays(10)), after.Onboarding.Select(t => t.DueOn));
        Assert.Equal("李行长", after.Record.Manager);
        await Assert.ThrowsAsync<OnboardingException>(() => grain.CompleteTaskAsync("party", "hr").AsTask());
    }
}
