namespace BankHire.Employees;

/// <summary>
/// An employee hired through BankHire: record, onboarding checklist with reminders, the sign-in code of the employee
/// page, performance reviews. Keyed by employee id — the candidate id for a hire from the pipeline.
/// </summary>
[Alias("bankhire.IEmployeeGrain")]
public interface IEmployeeGrain : IGrainWithGuidKey
{
    /// <summary>Creates the employee by hand (no candidate behind it); a repeat returns the existing one.</summary>
    [Alias("Create")] ValueTask<EmployeeSnapshot> CreateAsync(EmployeeRecord record);

    /// <summary>Creates the employee from a hire, with the checklist and a sign-in code, and arms the welcome; a repeat changes nothing.</summary>
    [Alias("Onboard")] ValueTask<Onboarded> OnboardAsync(Hire hire);

    [Alias("Get")] ValueTask<EmployeeSnapshot?> GetAsync();

    /// <summary>Replaces the record; a changed start date moves the checklist's due dates with it.</summary>
    [Alias("Update")] ValueTask<EmployeeSnapshot> UpdateAsync(EmployeeRecord record);

    /// <summary>Ticks off a checklist item (documents, contract, training); throws <see cref="OnboardingException"/> for an unknown one.</summary>
    [Alias("CompleteTask")] ValueTask<EmployeeSnapshot> CompleteTaskAsync(string key, string actor);

    /// <summary>Sends what is due by now (welcome, checklist reminders) and sets the next reminder; what each reminder tick runs.</summary>
    [Alias("CheckDue")] ValueTask<EmployeeSnapshot> CheckDueAsync();

    /// <summary>A new sign-in code for the employee page; the previous one stops working.</summary>
    [Alias("IssueSignInCode")] ValueTask<string> IssueSignInCodeAsync();

    /// <summary>True when <paramref name="secret"/> is the current sign-in secret.</summary>
    [Alias("VerifySignIn")] ValueTask<bool> VerifySignInAsync(string secret);

    /// <summary>Adds 360° feedback; one per rater and period (a repeat replaces it).</summary>
    [Alias("Feedback")] ValueTask<EmployeeSnapshot> AddFeedbackAsync(Feedback360 feedback);

    /// <summary>Adds or replaces the review for its period.</summary>
    [Alias("Review")] ValueTask<EmployeeSnapshot> AddReviewAsync(PerformanceReview review);
}
