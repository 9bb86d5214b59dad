using BankHire.Employees;
using BankHire.Identity;

namespace BankHire.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class EmployeeAndUserTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_review_for_the_same_period_replaces_the_earlier_one()
    {
        var grain = fixture.Grains.GetGrain<IEmployeeGrain>(Guid.NewGuid());
        await grain.CreateAsync(new EmployeeRecord(null, "周杰", "it-2027", "SZ-FT", "Engineer", new DateOnly(2027, 7, 1)));
        await grain.AddReviewAsync(new PerformanceReview("2027-H2", 70, "mgr", fixture.Clock.GetUtcNow()));
        await grain.AddReviewAsync(new PerformanceReview("2028-H1", 80, "mgr", fixture.Clock.GetUtcNow()));
        var after = await grain.AddReviewAsync(new PerformanceReview("2027-H2", 75, "mgr", fixture.Clock.GetUtcNow()));

        Assert.Equal(2, after.Reviews.Length);
        Assert.Equal(75, after.Reviews.Single(r => r.Period == "2027-H2").Score);
    }

    [Fact]
    public async Task Updating_an_employee_that_does_not_exist_is_refused()
    {
        var grain = fixture.Grains.GetGrain<IEmployeeGrain>(Guid.NewGuid());
        await Assert.ThrowsAsync<EmployeeNotFoundException>(() =>
            grain.UpdateAsync(new EmployeeRecord(null, "x", "j", "b", "p", new DateOnly(2027, 1, 1))).AsTask());
    }

    [Fact]
    public async Task A_user_update_with_a_stale_concurrency_stamp_is_refused()
    {
        var grain = fixture.Grains.GetGrain<IHrUserGrain>($"USER-{Guid.NewGuid():N}");
        var user = new HrUserRecord("li", "LI", null, "hash", "s1", "c1", [HrRoles.Recruiter], 0, null);
        Assert.True(await grain.CreateAsync(user));
        Assert.False(await grain.CreateAsync(user));

        Assert.True(await grain.UpdateAsync(user with { ConcurrencyStamp = "c2", Email = "li@bank.cn" }, "c1"));
        Assert.False(await grain.UpdateAsync(user with { ConcurrencyStamp = "c3", Email = "stale@bank.cn" }, "c1"));
        Assert.Equal("li@bank.cn", (await grain.GetAsync())!.Email);
    }
}
