using BankHire.Interviews;

namespace BankHire.Web.Evidence;

/// <summary>
/// Whether HR may look at the frames of an interview: only when the consent in force covers face analysis and
/// keeping the recording for human review. The same rule for the profile's listing and the frame endpoint.
/// </summary>
public static class FrameAccess
{
    /// <summary>Why the frames may not be shown; null when they may.</summary>
    public static string? WhyNot(ConsentRecord? consent) => consent switch
    {
        null => "the candidate has given no consent",
        { Active: false } => "the candidate withdrew their consent",
        { Face: false } => "the candidate did not consent to face analysis",
        { KeepRecording: false } => "the candidate did not consent to keeping the recording for human review",
        _ => null,
    };
}
