using BankHire.Interviews;

namespace BankHire.Web.Evidence;

/// <summary>
/// Whether HR may look at the frames of an interview: only when the consent in force covers face analysis and
/// keeping the recording for human review. The same rule for the profile's listing and the frame endpoint.
/// </summary>
public static class FrameAccess
{
    /// <summary>Why the frames may not be shown; null when they may.</summary>
    public static FramesWithheld? WhyNot(InterviewProgress progress) =>
        MediaConsent.Of(progress).WhyFramesWithheld is { } refusal ? new(refusal.Code, refusal.Reason)
        : progress.MediaPurge is { } purge ? new("mediaPurged", $"the recording was deleted on {purge.At:yyyy-MM-dd} ({purge.Reason})")
        : null;
}

/// <summary>Why no frames are shown: a stable <c>Code</c> the console translates, and the reason in English.</summary>
public sealed record FramesWithheld(string Code, string Reason)
{
    public static readonly FramesWithheld RoleMayNotView = new("role", "your role may not view the candidate's images");
    public static readonly FramesWithheld NoneRecorded = new("noFrames", "no frames were recorded for this answer");
}
