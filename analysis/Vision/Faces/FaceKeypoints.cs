using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// BlazeFace's six keypoints in frame pixels. "Right" and "left" are the person's own sides, so in an
/// unmirrored frame the right eye is on the image's left.
/// </summary>
public sealed record FaceKeypoints(
    Point2f RightEye,
    Point2f LeftEye,
    Point2f Nose,
    Point2f Mouth,
    Point2f RightEar,
    Point2f LeftEar);
