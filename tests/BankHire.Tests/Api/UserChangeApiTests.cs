using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Identity;

namespace BankHire.Tests.Api;

/// <summary>An admin changes a user's roles and disables or enables them; admins cannot lock themselves out.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserChangeApiTests(ApiFactory api)
{
    private async Task<string> NewUserAsync()
    {
        var name = $"hr-{Guid.NewGuid():N}"[..16];
        var created = await api.Admin.PostAsJsonAsync("/api/users", new { userName = name, password = ApiFactory.UserPassword, roles = new[] { HrRoles.Auditor } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return name;
    }

    private Task<HttpResponseMessage> SignInAsync(string name) =>
        api.NewClient().PostAsJsonAsync("/api/auth/login", new { userName = name, password = ApiFactory.UserPassword });

    private async Task<JsonElement> ListedAsync(string name) =>
        (await api.Admin.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == name);

    [Fact]
    public async Task Roles_are_replaced_and_a_disabled_user_cannot_sign_in_until_enabled()
    {
        var name = await NewUserAsync();
        var changed = await api.Admin.PutAsJsonAsync($"/api/users/{name}/roles", new { roles = new[] { HrRoles.Recruiter, HrRoles.Interviewer } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal([HrRoles.Recruiter, HrRoles.Interviewer], (await ListedAsync(name)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await api.Admin.PutAsJsonAsync($"/api/users/{name}/access", new { disabled = true })).StatusCode);
        Assert.True((await ListedAsync(name)).GetProperty("disabled").GetBoolean());
        Assert.False((await SignInAsync(name)).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.Admin.PutAsJsonAsync($"/api/users/{name}/access", new { disabled = false })).StatusCode);
        Assert.False((await ListedAsync(name)).GetProperty("disabled").GetBoolean());
        Assert.True((await SignInAsync(name)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves_or_drop_their_admin_role_and_bad_changes_are_problems()
    {
        Assert.Equal("disabled", (await ProblemAssert.IsProblemAsync(
            await api.Admin.PutAsJsonAsync("/api/users/admin/access", new { disabled = true }), HttpStatusCode.Conflict)).GetProperty("field").GetString());
        Assert.Equal("roles", (await ProblemAssert.IsProblemAsync(
            await api.Admin.PutAsJsonAsync("/api/users/admin/roles", new { roles = new[] { HrRoles.Recruiter } }), HttpStatusCode.Conflict)).GetProperty("field").GetString());
        Assert.Equal("roles", (await ProblemAssert.IsProblemAsync(
            await api.Admin.PutAsJsonAsync("/api/users/admin/roles", new { roles = new[] { "Boss" } }), HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        Assert.Equal("roles", (await ProblemAssert.IsProblemAsync(
            await api.Admin.PutAsJsonAsync("/api/users/admin/roles", new { roles = Array.Empty<string>() }), HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        await ProblemAssert.IsProblemAsync(await api.Admin.PutAsJsonAsync("/api/users/nobody-here/access", new { disabled = true }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Admin.PutAsJsonAsync("/api/users/%20/access", new { disabled = true }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Admin.PutAsJsonAsync("/api/users/%20/roles", new { roles = new[] { HrRoles.Recruiter } }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Recruiter.PutAsJsonAsync("/api/users/auditor/access", new { disabled = true })).StatusCode);
    }
}
