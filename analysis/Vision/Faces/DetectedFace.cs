using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// One face in frame pixels. <see cref="Score"/> is BlazeFace's probability (0–1); the Haar fallback has no
/// calibrated score and reports 1. <see cref="Keypoints"/> is null for the Haar fallback.
/// </summary>
public sealed record DetectedFace(Rect2f Box, float Score, FaceKeypoints? Keypoints)
{
    public float Area => Box.Width * Box.Height;

    /// <summary>The same face with every coordinate moved by (dx, dy): from a tile's pixels to the frame's.</summary>
    public DetectedFace Shifted(float dx, float dy)
    {
        Point2f Move(Point2f p) => new(p.X + dx, p.Y + dy);
        return new DetectedFace(
            new Rect2f(Box.X + dx, Box.Y + dy, Box.Width, Box.Height), Score,
            Keypoints is not { } k ? null : new FaceKeypoints(Move(k.RightEye), Move(k.LeftEye), Move(k.Nose), Move(k.Mouth), Move(k.RightEar), Move(k.LeftEar)));
    }
}
