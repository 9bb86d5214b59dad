using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Web.Demo;
using Microsoft.Data.Sqlite;

namespace BankHire.Tests.Compliance;

/// <summary>Every read of personal data and every change lands in the hash-chained audit trail, with who, why and from
/// where; auditors browse, export and verify it; a row changed in the database is found by verify.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTrailApiTests(ApiFactory api)
{
    private static readonly Guid Candidate = DemoBank.CandidateId(DemoBank.Candidates[1]);

    private async Task<JsonElement> EntriesAsync(string query)
    {
        var page = await api.Auditor.GetFromJsonAsync<JsonElement>("/api/audit?" + query);
        return page.GetProperty("entries");
    }

    [Fact]
    public async Task A_read_of_a_profile_is_recorded_with_actor_purpose_and_client()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/candidates/{Candidate}/profile");
        request.Headers.Add("X-Purpose", "case 2026-117 review");
        request.Headers.UserAgent.ParseAdd("audit-test/1.0");
        (await api.Recruiter.SendAsync(request)).EnsureSuccessStatusCode();

        var entry = (await EntriesAsync($"subject=candidate:{Candidate}&actor=recruiter&action=read")).EnumerateArray()
            .First(e => e.GetProperty("route").GetString() == "/api/candidates/{id:guid}/profile");
        Assert.Equal("hr", entry.GetProperty("actorKind").GetString());
        Assert.Equal("Recruiter", entry.GetProperty("roles").GetString());
        Assert.Equal("case 2026-117 review", entry.GetProperty("purpose").GetString());
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
        Assert.Equal("audit-test/1.0", entry.GetProperty("userAgent").GetString());
        Assert.True(entry.TryGetProperty("clientIp", out _)); // the test server has no remote address
        // The recruiter was shown the profile without expression-level data: the entry says what was shown.
        Assert.Contains("contact", entry.GetProperty("data").GetString()!.Split(','));
        Assert.DoesNotContain("expression", entry.GetProperty("data").GetString()!.Split(','));
        Assert.Equal(64, entry.GetProperty("hash").GetString()!.Length);
    }

    [Fact]
    public async Task A_contact_edit_records_its_actor_and_a_refused_read_is_recorded_as_denied()
    {
        var candidate = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{Candidate}");
        var name = candidate.GetProperty("application").GetProperty("contact").GetProperty("fullName").GetString();
        (await api.Recruiter.PatchAsJsonAsync($"/api/candidates/{Candidate}", new { fullName = name })).EnsureSuccessStatusCode();

        var change = (await EntriesAsync($"subject=candidate:{Candidate}&action=change")).EnumerateArray().First();
        Assert.Equal("recruiter", change.GetProperty("actor").GetString());
        Assert.Equal("PATCH", change.GetProperty("method").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await api.Interviewer.GetAsync($"/api/candidates/{Candidate}/profile")).StatusCode);
        var denied = (await EntriesAsync($"subject=candidate:{Candidate}&action=denied&actor=interviewer")).EnumerateArray().First();
        Assert.Equal(403, denied.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_trail_is_for_auditors_and_exports_as_csv_and_json_lines()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Recruiter.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Interviewer.GetAsync("/api/audit/verify")).StatusCode);
        (await api.Recruiter.GetAsync($"/api/candidates/{Candidate}")).EnsureSuccessStatusCode();

        var csv = await api.Auditor.GetStringAsync($"/api/audit/export?subject=candidate:{Candidate}");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("seq,at,actor", lines[0]);
        Assert.Contains(lines, l => l.Contains(",recruiter,hr,Recruiter,read,GET,/api/candidates/{id:guid},", StringComparison.Ordinal));

        var jsonl = await api.Auditor.GetStringAsync($"/api/audit/export?format=jsonl&subject=candidate:{Candidate}");
        var seqs = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(seqs.Order(), seqs);

        var paged = await api.Auditor.GetFromJsonAsync<JsonElement>("/api/audit?pageSize=1");
        Assert.Single(paged.GetProperty("entries").EnumerateArray());
        var older = await api.Auditor.GetFromJsonAsync<JsonElement>($"/api/audit?pageSize=1&before={paged.GetProperty("nextBefore").GetInt64()}");
        Assert.True(older.GetProperty("entries")[0].GetProperty("seq").GetInt64() < paged.GetProperty("entries")[0].GetProperty("seq").GetInt64());
        await ProblemAssert.IsProblemAsync(await api.Auditor.GetAsync("/api/audit?pageSize=0"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await api.Auditor.GetAsync("/api/audit?action=delete"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Verify_finds_a_row_changed_in_the_database_and_the_database_refuses_changes()
    {
        (await api.Recruiter.GetAsync($"/api/candidates/{Candidate}")).EnsureSuccessStatusCode();
        var intact = await api.Auditor.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.True(intact.GetProperty("intact").GetBoolean(), intact.ToString());
        var target = (await EntriesAsync($"subject=candidate:{Candidate}&actor=recruiter")).EnumerateArray().First().GetProperty("seq").GetInt64();

        await using var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "bankhire.db")}");
        await db.OpenAsync();
        // The application's database refuses the change…
        var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(db, $"UPDATE AuditTrail SET Actor = 'someone-else' WHERE Seq = {target}"));
        Assert.Contains("append-only", refused.Message);
        // …and whoever drops the trigger to make it is found out.
        await ExecuteAsync(db, "DROP TRIGGER AuditTrailNoUpdate");
        try
        {
            await ExecuteAsync(db, $"UPDATE AuditTrail SET Actor = 'someone-else' WHERE Seq = {target}");
            var broken = await api.Auditor.GetFromJsonAsync<JsonElement>("/api/audit/verify");
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Equal(target, broken.GetProperty("firstBrokenSeq").GetInt64());
            Assert.Contains("content was changed", broken.GetProperty("reason").GetString());
        }
        finally
        {
            await ExecuteAsync(db, $"UPDATE AuditTrail SET Actor = 'recruiter' WHERE Seq = {target}");
            await ExecuteAsync(db, "CREATE TRIGGER AuditTrailNoUpdate BEFORE UPDATE ON AuditTrail BEGIN SELECT RAISE(ABORT, 'AuditTrail is append-only'); END;");
        }
        Assert.True((await api.Auditor.GetFromJsonAsync<JsonElement>("/api/audit/verify")).GetProperty("intact").GetBoolean());
    }

    private static async Task ExecuteAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
