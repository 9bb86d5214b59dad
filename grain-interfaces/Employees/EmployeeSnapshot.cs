using System.Collections.Immutable;

namespace BankHire.Employees;

/// <param name="AtHire">The scores at hire (null for an employee entered by hand).</param>
/// <param name="WelcomedAt">When the welcome message went out (null until then, or when there is no candidate to reach).</param>
[GenerateSerializer, Immutable, Alias("bankhire.EmployeeSnapshot")]
public sealed record EmployeeSnapshot(
    Guid Id,
    EmployeeRecord Record,
    ImmutableArray<PerformanceReview> Reviews,
    DateTimeOffset CreatedAt,
    ImmutableArray<OnboardingTask> Onboarding,
    HireScores? AtHire,
    DateTimeOffset? WelcomedAt,
    DateTimeOffset? NextCheckAt,
    ImmutableArray<Feedback360>? Feedback = null);
