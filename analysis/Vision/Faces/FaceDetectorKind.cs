namespace BankHire.Analysis.Vision;

public enum FaceDetectorKind
{
    /// <summary>MediaPipe BlazeFace (front, 128×128) in OnnxRuntime: boxes, scores and six keypoints.</summary>
    BlazeFace,

    /// <summary>OpenCV's Haar frontal-face cascade: boxes only, no keypoints, no calibrated score.</summary>
    HaarCascade,
}
