using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// 68-point landmarks of a face BlazeFace found, from dlib's model (<see cref="LandmarkModelFile"/>), or — when the
/// file is not installed — none, with <see cref="UnavailableReason"/> saying why, so that the cues built on
/// landmarks report no data instead of a guess. Thread-safe.
/// </summary>
public sealed class FaceLandmarker
{
    private readonly ShapePredictor? _model;

    private FaceLandmarker(ShapePredictor? model, string? unavailableReason)
    {
        _model = model;
        UnavailableReason = unavailableReason;
    }

    public bool Available => _model is not null;

    /// <summary>Null when available; otherwise the reason every landmark cue carries.</summary>
    public string? UnavailableReason { get; }

    public static FaceLandmarker Unavailable(string reason) => new(null, reason);

    public static FaceLandmarker Load(string path) => new(ShapePredictor.Load(path), null);

    /// <summary>dlib's model where <see cref="LandmarkModelFile.Find"/> finds it, else an unavailable landmarker.</summary>
    public static FaceLandmarker CreateDefault()
    {
        if (LandmarkModelFile.Find() is not { } path)
            return Unavailable($"landmark model not installed ({LandmarkModelFile.FileName} from Debian's {LandmarkModelFile.DebianPackage})");
        var sha = LandmarkModelFile.Sha256Of(path);
        return sha == LandmarkModelFile.Sha256
            ? Load(path)
            : Unavailable($"landmark model {path} has SHA-256 {sha}, not the pinned {LandmarkModelFile.Sha256}");
    }

    /// <summary>Landmarks of a face with keypoints (BlazeFace), or null (no model, or Haar's keypoint-free box).</summary>
    public FaceLandmarks? Locate(Mat gray, DetectedFace face)
    {
        if (_model is null || face.Keypoints is null) return null;
        return new FaceLandmarks(_model.Predict(gray, LandmarkBox.For(face.Keypoints, _model)));
    }
}
