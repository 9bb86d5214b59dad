namespace BankHire.Employees;

/// <summary>An employee hired through BankHire. Keyed by employee id.</summary>
[Alias("bankhire.IEmployeeGrain")]
public interface IEmployeeGrain : IGrainWithGuidKey
{
    [Alias("Create")] ValueTask<EmployeeSnapshot> CreateAsync(EmployeeRecord record);

    [Alias("Get")] ValueTask<EmployeeSnapshot?> GetAsync();

    [Alias("Update")] ValueTask<EmployeeSnapshot> UpdateAsync(EmployeeRecord record);

    /// <summary>Adds or replaces the review for its period.</summary>
    [Alias("Review")] ValueTask<EmployeeSnapshot> AddReviewAsync(PerformanceReview review);
}
