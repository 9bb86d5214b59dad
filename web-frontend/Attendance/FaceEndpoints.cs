using System.Collections.Immutable;
using BankHire.Analysis.Vision;
using BankHire.Attendance;
using BankHire.Web.Problems;

namespace BankHire.Web.Attendance;

/// <summary>
/// The employee page's face check-in (header X-Employee-Code, like the rest of the page): consent of its own,
/// a random challenge, then the camera's frames of that challenge to enrol or to verify. Frames come only from the
/// page's live camera (it offers no file upload); the challenge is random and expires in a minute, so frames made
/// beforehand do not fit it.
/// </summary>
public static class FaceEndpoints
{
    public sealed record ConsentRequest(bool Consent) : IValidatedRequest
    {
        public void Validate()
        {
        }
    }

    /// <param name="ChallengeId">The challenge the frames answer (spent by this check).</param>
    /// <param name="Frames">JPEGs from the camera, base64, in the order taken (read as bytes, so no text limit applies).</param>
    public sealed record FramesRequest(Guid ChallengeId, byte[][] Frames) : IValidatedRequest
    {
        public void Validate()
        {
            if (Frames is not { Length: >= FaceCheck.MinFrames and <= FaceCheck.MaxFrames })
                throw ApiProblemException.Invalid("frames", $"'frames' must hold {FaceCheck.MinFrames}–{FaceCheck.MaxFrames} camera frames.");
            for (var i = 0; i < Frames.Length; i++)
            {
                var bytes = Frames[i];
                if (bytes is null || bytes.Length > MaxFrameBytes)
                    throw ApiProblemException.Invalid($"frames[{i}]", $"'frames[{i}]' must be a base64 JPEG of at most {MaxFrameBytes / 1024} KB.");
                if (bytes.Length < 3 || bytes[0] != 0xFF || bytes[1] != 0xD8) throw ApiProblemException.Invalid($"frames[{i}]", $"'frames[{i}]' is not a JPEG.");
            }
        }
    }

    public const int MaxFrameBytes = 256 * 1024;

    public static void MapEmployeeFace(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EmployeePortalEndpoints.Route + "/face").WithTags("Employee page").AllowAnonymous();
        group.MapGet("/", StatusAsync).WithSummary("Whether face check-in is available here, consented to and enrolled.");
        group.MapPut("/consent", ConsentAsync)
            .WithSummary("Consent to face check-in (its own consent); false withdraws it and deletes the enrolled face.");
        group.MapPost("/challenge", ChallengeAsync)
            .WithSummary("A random liveness challenge (blink, turn left, turn right) for the next minute and one check.");
        group.MapPost("/enrol", EnrolAsync).WithSummary("Enrols the live face of a challenge's frames (only its descriptor is kept).");
        group.MapPost("/verify", VerifyAsync)
            .WithSummary("Checks a challenge's live face against the enrolled one; a match returns the pass a face check-in spends.");
    }

    private static async Task<FaceEnrolment> StatusAsync(HttpContext http, IGrainFactory grains) =>
        await (await FaceAsync(http, grains)).StatusAsync();

    private static async Task<FaceEnrolment> ConsentAsync(ConsentRequest request, HttpContext http, IGrainFactory grains) =>
        await (await FaceAsync(http, grains)).ConsentAsync(request.Consent);

    private static async Task<FaceChallengeIssued> ChallengeAsync(HttpContext http, IGrainFactory grains) =>
        await (await FaceAsync(http, grains)).ChallengeAsync();

    private static async Task<FaceCheckOutcome> EnrolAsync(FramesRequest request, HttpContext http, IGrainFactory grains) =>
        await (await FaceAsync(http, grains)).EnrolAsync(request.ChallengeId, [.. request.Frames]);

    private static async Task<FaceCheckOutcome> VerifyAsync(FramesRequest request, HttpContext http, IGrainFactory grains) =>
        await (await FaceAsync(http, grains)).VerifyAsync(request.ChallengeId, [.. request.Frames]);

    private static async Task<IEmployeeFaceGrain> FaceAsync(HttpContext http, IGrainFactory grains) =>
        grains.GetGrain<IEmployeeFaceGrain>((await EmployeeSignIn.AuthorisedAsync(http, grains)).Id);
}
