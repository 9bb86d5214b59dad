using BankHire.Employees;
using BankHire.Indexes;

namespace BankHire.Web.Employees;

/// <summary>Every employee, read from the employee index (for the list, the reports and the exports).</summary>
public static class EmployeeDirectory
{
    public static async Task<IReadOnlyList<EmployeeSnapshot>> AllAsync(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.Employees).ListAsync();
        var employees = await Task.WhenAll(ids.Select(i => grains.GetGrain<IEmployeeGrain>(Guid.Parse(i)).GetAsync().AsTask()));
        return [.. employees.OfType<EmployeeSnapshot>().OrderBy(e => e.CreatedAt)];
    }
}
