using BankHire.Indexes;
using BankHire.Persistence;

namespace BankHire.Employees;

[GrainType("employee")]
public sealed class EmployeeGrain(
    [PersistentState("employee")] IPersistentState<EmployeeState> state,
    TimeProvider clock) : Grain, IEmployeeGrain
{
    public async ValueTask<EmployeeSnapshot> CreateAsync(EmployeeRecord record)
    {
        if (state.State.Employee is { } existing) return existing;
        var created = await SaveAsync(new EmployeeSnapshot(this.GetPrimaryKey(), record, [], clock.GetUtcNow()));
        await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.Employees).AddAsync(this.GetPrimaryKey().ToString());
        return created;
    }

    public ValueTask<EmployeeSnapshot?> GetAsync() => ValueTask.FromResult(state.State.Employee);

    public async ValueTask<EmployeeSnapshot> UpdateAsync(EmployeeRecord record) =>
        await SaveAsync(Existing() with { Record = record });

    public async ValueTask<EmployeeSnapshot> AddReviewAsync(PerformanceReview review)
    {
        var current = Existing();
        var reviews = current.Reviews.RemoveAll(r => r.Period == review.Period).Add(review);
        return await SaveAsync(current with { Reviews = reviews });
    }

    private EmployeeSnapshot Existing() => state.State.Employee ?? throw new EmployeeNotFoundException(this.GetPrimaryKey());

    private async ValueTask<EmployeeSnapshot> SaveAsync(EmployeeSnapshot employee)
    {
        state.State.Employee = employee;
        await state.WriteOrReloadAsync(this);
        return employee;
    }
}
