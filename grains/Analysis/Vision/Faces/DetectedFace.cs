using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// One face in frame pixels. <see cref="Score"/> is BlazeFace's probability (0–1); the Haar fallback has no
/// calibrated score and reports 1. <see cref="Keypoints"/> is null for the Haar fallback.
/// </summary>
public sealed record DetectedFace(Rect2f Box, float Score, FaceKeypoints? Keypoints)
{
    public float Area => Box.Width * Box.Height;
}
