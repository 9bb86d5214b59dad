namespace BankHire.Analysis.Vision;

/// <summary>
/// The frame counts behind an answer's vision features, so an explanation can say "12 of 40 frames were too
/// dark" rather than only a ratio.
/// </summary>
public sealed record VisionFrameCounts(
    int Total,
    int Unreadable,
    int Dark,
    int Judgeable,
    int WithFace,
    int WithMultipleFaces,
    int WithHeadPose,
    int LookingAtCamera,
    int WithSmileReading,
    int Smiling)
{
    public int Readable => Total - Unreadable;
}
