using System.Collections.Immutable;

namespace BankHire.Attendance;

/// <summary>
/// One employee's face for check-in, kept only with its own consent (separate from every other consent): the
/// enrolled descriptor (never the photo), the challenges issued and the passes a verified face earns. A pass is
/// spent by one face check-in within <c>EmployeeFaceGrain.PassLifetime</c>.
/// </summary>
[Alias("bankhire.IEmployeeFaceGrain")]
public interface IEmployeeFaceGrain : IGrainWithGuidKey
{
    [Alias("Status")] ValueTask<FaceEnrolment> StatusAsync();

    /// <summary>True records consent; false withdraws it and deletes the enrolled face.</summary>
    [Alias("Consent")] ValueTask<FaceEnrolment> ConsentAsync(bool consent);

    /// <summary>A new random challenge (blink or turn), valid for a short time and for one check.</summary>
    [Alias("Challenge")] ValueTask<FaceChallengeIssued> ChallengeAsync();

    /// <summary>Enrols the face seen in the frames of a live challenge (JPEGs from the page's camera).</summary>
    [Alias("Enrol")] ValueTask<FaceCheckOutcome> EnrolAsync(Guid challengeId, ImmutableArray<byte[]> frames);

    /// <summary>Checks a live challenge's face against the enrolled one; a match earns a pass for one check-in.</summary>
    [Alias("Verify")] ValueTask<FaceCheckOutcome> VerifyAsync(Guid challengeId, ImmutableArray<byte[]> frames);

    /// <summary>Spends a pass: true once, within its lifetime.</summary>
    [Alias("UsePass")] ValueTask<bool> UsePassAsync(Guid passId);
}
