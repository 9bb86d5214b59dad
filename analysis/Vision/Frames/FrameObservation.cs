namespace BankHire.Analysis.Vision;

/// <summary>
/// Everything measured on one frame. The landmarks and cues of the primary face (the largest) are null when there
/// is no face, when it is too small, when the detector gives no keypoints (Haar fallback), or when the landmark
/// model is not installed.
/// </summary>
public sealed record FrameObservation
{
    public required bool Readable { get; init; }

    /// <summary>Why the frame could not be decoded; null when <see cref="Readable"/>.</summary>
    public string? UnreadableReason { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public double MeanBrightness { get; init; }

    public double BlurScore { get; init; }

    public bool TooDark { get; init; }

    public IReadOnlyList<DetectedFace> Faces { get; init; } = [];

    /// <summary>Whether the small-face pass looked at this frame, so that a second, distant face would be in <see cref="Faces"/>.</summary>
    public bool SmallFacesSearched { get; init; }

    public FaceLandmarks? Landmarks { get; init; }

    public FaceCues? Cues { get; init; }

    public HeadPose? HeadPose => Cues?.Pose;

    public bool? LookingAtCamera => Cues?.LookingAtCamera;

    public bool? Smiling => Cues?.Smiling;

    public bool? EyesClosed => Cues?.Eyes.Closed;

    public LiveHint Hints { get; init; }

    public int FaceCount => Faces.Count;

    public bool HasFace => Faces.Count > 0;

    public bool MultipleFaces => Faces.Count > 1;

    public DetectedFace? PrimaryFace => Faces.Count == 0 ? null : Faces.MaxBy(f => f.Area);

    /// <summary>
    /// Whether this frame can say if a face was there: a readable frame that is lit well enough, or any frame
    /// in which a face was found anyway. A dark frame without a face says nothing about the candidate.
    /// </summary>
    public bool Judgeable => Readable && (!TooDark || HasFace);

    public static FrameObservation Unreadable(string reason) =>
        new() { Readable = false, UnreadableReason = reason, Hints = LiveHint.Unreadable };
}
