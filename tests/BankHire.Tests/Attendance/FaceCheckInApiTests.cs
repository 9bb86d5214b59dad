using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Api;
using BankHire.Tests.Browser.Media;
using BankHire.Web.Attendance;
using BankHire.Web.Demo;
using OpenCvSharp;

namespace BankHire.Tests.Attendance;

/// <summary>
/// Face check-in through the employee page's API: its own consent, a one-time random challenge, a photo held to the
/// camera refused by liveness (so nothing is enrolled or verified), bad frames named, a face check-in without a valid
/// pass refused and stored, and withdrawing consent deleting the face.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FaceCheckInApiTests(ApiFactory api)
{
    private static readonly Guid Employee = DemoCohort.Id(1);

    private async Task<HttpClient> PhoneAsync()
    {
        var issued = await (await api.Admin.PostAsync($"/api/employees/{Employee}/sign-in-code", null)).Content.ReadFromJsonAsync<JsonElement>();
        var phone = api.NewClient();
        phone.DefaultRequestHeaders.Add(EmployeeSignIn.CodeHeader, issued.GetProperty("code").GetString());
        return phone;
    }

    /// <summary>The portrait held still in front of the camera: the same picture in every frame.</summary>
    private static string[] PhotoFrames()
    {
        using var portrait = Cv2.ImRead(BrowserInterviewMedia.Astronaut(), ImreadModes.Color);
        using var frame = portrait.Resize(new Size(480, 480));
        Cv2.ImEncode(".jpg", frame, out var jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
        return [.. Enumerable.Repeat(Convert.ToBase64String(jpeg), 8)];
    }

    [Fact]
    public async Task Without_consent_nothing_is_checked_and_a_photo_held_to_the_camera_is_neither_enrolled_nor_verified()
    {
        var phone = await PhoneAsync();
        await phone.PutAsJsonAsync("/api/employee/face/consent", new { consent = false });
        var refused = await phone.PostAsJsonAsync("/api/employee/face/challenge", new { });
        Assert.Equal("consent", (await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest)).GetProperty("field").GetString());

        var status = await (await phone.PutAsJsonAsync("/api/employee/face/consent", new { consent = true })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(status.GetProperty("verificationAvailable").GetBoolean(), status.ToString());
        Assert.NotEqual(JsonValueKind.Null, status.GetProperty("consentedAt").ValueKind);

        var challenge = await (await phone.PostAsJsonAsync("/api/employee/face/challenge", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var id = challenge.GetProperty("id").GetGuid();
        Assert.Contains(challenge.GetProperty("kind").GetString(), new[] { "Blink", "TurnLeft", "TurnRight" });
        var photo = await (await phone.PostAsJsonAsync("/api/employee/face/enrol", new { challengeId = id, frames = PhotoFrames() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(photo.GetProperty("live").GetBoolean(), photo.ToString());
        Assert.Equal(JsonValueKind.Null, (await phone.GetFromJsonAsync<JsonElement>("/api/employee/face")).GetProperty("enrolledAt").ValueKind);

        var reused = await phone.PostAsJsonAsync("/api/employee/face/enrol", new { challengeId = id, frames = PhotoFrames() });
        Assert.Equal("challengeId", (await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        var notEnrolled = await phone.PostAsJsonAsync("/api/employee/face/verify", new { challengeId = Guid.NewGuid(), frames = PhotoFrames() });
        Assert.Contains("enrol", ProblemAssert.Detail(await ProblemAssert.IsProblemAsync(notEnrolled, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData(2, "frames")]
    [InlineData(30, "frames")]
    public async Task Too_few_or_too_many_frames_are_a_400(int count, string field)
    {
        var phone = await PhoneAsync();
        var response = await phone.PostAsJsonAsync("/api/employee/face/verify", new { challengeId = Guid.NewGuid(), frames = PhotoFrames().Concat(PhotoFrames()).Concat(PhotoFrames()).Concat(PhotoFrames()).Take(count) });
        Assert.Equal(field, (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_frame_that_is_not_a_jpeg_is_a_400_naming_it()
    {
        var phone = await PhoneAsync();
        var frames = PhotoFrames();
        frames[3] = Convert.ToBase64String("GIF89a not a jpeg"u8.ToArray());
        var response = await phone.PostAsJsonAsync("/api/employee/face/verify", new { challengeId = Guid.NewGuid(), frames });
        Assert.Equal("frames[3]", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_face_check_in_with_a_pass_it_never_earned_is_stored_as_refused()
    {
        var phone = await PhoneAsync();
        var now = DateTimeOffset.UtcNow;
        var response = await phone.PostAsJsonAsync("/api/employee/check-ins", new
        {
            id = Guid.NewGuid(), kind = "In", method = "Face", latitude = 31.2397, longitude = 121.4998, accuracyMeters = 12.0,
            deviceTime = now, deviceSentAt = now, branchCode = (string?)null, qrCode = (string?)null, facePassId = Guid.NewGuid(),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Refused", stored.GetProperty("outcome").GetString());
        Assert.Contains("face-not-verified", stored.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Withdrawing_consent_deletes_the_face_and_stops_face_checks()
    {
        var phone = await PhoneAsync();
        await phone.PutAsJsonAsync("/api/employee/face/consent", new { consent = true });
        var withdrawn = await (await phone.PutAsJsonAsync("/api/employee/face/consent", new { consent = false })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("consentedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("enrolledAt").ValueKind);
        await ProblemAssert.IsProblemAsync(await phone.PostAsJsonAsync("/api/employee/face/challenge", new { }), HttpStatusCode.BadRequest);
    }
}
