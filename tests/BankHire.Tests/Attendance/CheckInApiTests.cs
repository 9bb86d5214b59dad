using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Web.Attendance;
using BankHire.Web.Demo;

namespace BankHire.Tests.Attendance;

/// <summary>
/// The employee page's check-in contract over HTTP: impossible coordinates and times are refused with the field named,
/// a wrong phone clock is flagged and corrected, a resend is answered with what is stored, and nothing stored is lost.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CheckInApiTests(ApiFactory api)
{
    private static readonly Guid Hired = DemoBank.CandidateId(DemoBank.Candidates.First(c => c.Stage == BankHire.Candidates.CandidateStage.Hired));

    // 周杰 works at 深圳福田支行 (22.5411, 114.0579, 300 m).
    private static object Body(Guid id, double? lat = 22.5413, double? lon = 114.0581, double? accuracy = 15, DateTimeOffset? taken = null,
        DateTimeOffset? sent = null, string method = "Location", string kind = "In") => new
    {
        id, kind, method, latitude = lat, longitude = lon, accuracyMeters = accuracy,
        deviceTime = taken ?? DateTimeOffset.UtcNow, deviceSentAt = sent ?? taken ?? DateTimeOffset.UtcNow, branchCode = (string?)null, qrCode = (string?)null,
    };

    private async Task<HttpClient> EmployeeAsync()
    {
        var issued = await (await api.Admin.PostAsync($"/api/employees/{Hired}/sign-in-code", null)).Content.ReadFromJsonAsync<JsonElement>();
        var phone = api.NewClient();
        phone.DefaultRequestHeaders.Add(EmployeeSignIn.CodeHeader, issued.GetProperty("code").GetString());
        return phone;
    }

    [Theory]
    [InlineData(91.0, 114.0, 15.0, "latitude")]
    [InlineData(22.5, 181.0, 15.0, "longitude")]
    [InlineData(22.5, 114.0, 0.0, "accuracyMeters")]
    [InlineData(22.5, 114.0, -5.0, "accuracyMeters")]
    [InlineData(null, 114.0, 15.0, "latitude")]
    public async Task Impossible_coordinates_are_a_400_naming_the_field(double? lat, double? lon, double? accuracy, string field)
    {
        var phone = await EmployeeAsync();
        var response = await phone.PostAsJsonAsync("/api/employee/check-ins", Body(Guid.NewGuid(), lat, lon, accuracy));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Not_a_number_as_a_coordinate_is_a_400()
    {
        var phone = await EmployeeAsync();
        var json = $$"""{"id":"{{Guid.NewGuid()}}","kind":"In","method":"Location","latitude":"NaN","longitude":114.0,"accuracyMeters":10,"deviceTime":"{{DateTimeOffset.UtcNow:O}}"}""";
        var response = await phone.PostAsync("/api/employee/check-ins", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_check_in_sent_before_it_was_taken_is_a_400_and_a_face_check_in_without_its_pass_too()
    {
        var phone = await EmployeeAsync();
        var now = DateTimeOffset.UtcNow;
        var backwards = await phone.PostAsJsonAsync("/api/employee/check-ins", Body(Guid.NewGuid(), taken: now, sent: now.AddMinutes(-10)));
        Assert.Equal("deviceTime", (await ProblemAssert.IsProblemAsync(backwards, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        var face = await phone.PostAsJsonAsync("/api/employee/check-ins", Body(Guid.NewGuid(), method: "Face"));
        Assert.Equal("facePassId", (await ProblemAssert.IsProblemAsync(face, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_wrong_phone_clock_is_flagged_and_corrected_and_both_times_are_kept()
    {
        var phone = await EmployeeAsync();
        var phoneNow = DateTimeOffset.UtcNow.AddMinutes(-30); // the phone's clock is half an hour slow
        var response = await phone.PostAsJsonAsync("/api/employee/check-ins", Body(Guid.NewGuid(), taken: phoneNow, sent: phoneNow));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Flagged", view.GetProperty("outcome").GetString());
        Assert.Contains("clock-skew", view.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.InRange(view.GetProperty("clockSkewSeconds").GetDouble(), 1790, 1830);
        Assert.Equal(phoneNow, view.GetProperty("deviceTime").GetDateTimeOffset());
        Assert.InRange(view.GetProperty("effectiveAt").GetDateTimeOffset() - view.GetProperty("receivedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(-5), TimeSpan.Zero);
    }

    [Fact]
    public async Task A_replayed_check_in_answers_200_with_the_stored_one_and_a_changed_replay_is_a_409_losing_nothing()
    {
        var phone = await EmployeeAsync();
        var id = Guid.NewGuid();
        var taken = DateTimeOffset.UtcNow.AddMinutes(-5);
        var first = await phone.PostAsJsonAsync("/api/employee/check-ins", Body(id, taken: taken));
        var replay = await phone.PostAsJsonAsync("/api/employee/check-ins", Body(id, taken: taken, sent: DateTimeOffset.UtcNow));
        var changed = await phone.PostAsJsonAsync("/api/employee/check-ins", Body(id, taken: taken, kind: "Out"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True((await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());
        Assert.Equal("id", (await ProblemAssert.IsProblemAsync(changed, HttpStatusCode.Conflict)).GetProperty("field").GetString());
        var month = DateTimeOffset.UtcNow.ToString("yyyy-MM");
        var stored = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/employees/{Hired}/check-ins?month={month}");
        var mine = stored.EnumerateArray().Where(c => c.GetProperty("id").GetGuid() == id).ToList();
        Assert.Equal("In", Assert.Single(mine).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Without_a_valid_sign_in_code_the_page_gets_401()
    {
        var stranger = api.NewClient();
        stranger.DefaultRequestHeaders.Add(EmployeeSignIn.CodeHeader, $"{Hired:N}.AAAAAAAAAAAAAAAAAAAAAA");
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync("/api/employee"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await api.NewClient().PostAsJsonAsync("/api/employee/check-ins", Body(Guid.NewGuid())), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_month_exports_as_a_spreadsheet()
    {
        var employee = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/employees/{Hired}");
        var startMonth = employee.GetProperty("record").GetProperty("startDate").GetString()![..7];
        var response = await api.Admin.GetAsync($"/api/attendance/export?month={startMonth}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "Summary").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["EmployeeId"] == Hired.ToString("D"));
        await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync("/api/attendance?month=2027-13"), HttpStatusCode.BadRequest);
    }
}
