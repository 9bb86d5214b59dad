namespace BankHire.Analysis.Vision;

/// <summary>
/// The frame counts behind an answer's vision features, so an explanation can say "12 of 40 frames were too
/// dark" rather than only a ratio. <see cref="WithMultipleFaces"/> counts among the judgeable frames the
/// small-face pass searched (<see cref="SearchedForSmallFaces"/>), the denominator of extra_face_ratio.
/// </summary>
public sealed record VisionFrameCounts(
    int Total,
    int Unreadable,
    int Dark,
    int Judgeable,
    int WithFace,
    int SearchedForSmallFaces,
    int WithMultipleFaces,
    int WithLandmarks,
    int LookingAtCamera,
    int Smiling,
    int EyesClosed)
{
    public int Readable => Total - Unreadable;
}
