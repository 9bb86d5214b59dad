using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// A face check from the employee's camera: the frames of one challenge in, whether a live person did what was
/// asked and — when they did and the recognition model is installed — the descriptor of their face (the mean over the
/// frames where they look at the camera with open eyes). Thread-safe: share one per process.
/// </summary>
public sealed class FaceCheck(FaceDetector faces, FaceLandmarker landmarks, FaceRecognizer recognizer)
{
    public const int MinFrames = LivenessRule.MinUsableFrames;
    public const int MaxFrames = 24;
    /// <summary>A frame counts towards the descriptor when the head is within this of straight at the camera.</summary>
    public const double FrontalDegrees = 12;
    /// <summary>Frames described at most: the net costs more than the rest of a frame's reading.</summary>
    public const int MaxDescribed = 3;

    public FaceRecognizer Recognizer => recognizer;

    public string? UnavailableReason => landmarks.UnavailableReason;

    public FaceCheckResult Check(LivenessChallenge challenge, IReadOnlyList<byte[]> jpegs)
    {
        if (jpegs.Count is < MinFrames or > MaxFrames) throw new ArgumentException($"A face check takes {MinFrames}–{MaxFrames} frames, not {jpegs.Count}.", nameof(jpegs));
        if (!landmarks.Available) return new FaceCheckResult(new LivenessVerdict(false, landmarks.UnavailableReason!), null, 0);
        var readings = new List<LivenessReading>();
        var descriptors = new List<FaceDescriptor>();
        foreach (var jpeg in jpegs)
        {
            Mat frame;
            try { frame = FrameDecoder.Decode(jpeg); }
            catch (InvalidFrameException) { readings.Add(new LivenessReading(0, null, null, null)); continue; }
            using var _ = frame;
            var found = faces.Detect(frame);
            if (found.Count != 1) { readings.Add(new LivenessReading(found.Count, null, null, null)); continue; }
            using var gray = frame.CvtColor(ColorConversionCodes.BGR2GRAY);
            var points = landmarks.Locate(gray, found[0]);
            var reading = points is null ? new LivenessReading(1, null, null, null)
                : new LivenessReading(1, points, EyeOpenness.Of(points), HeadPose.Solve(points, frame.Width, frame.Height));
            readings.Add(reading);
            if (descriptors.Count < MaxDescribed && reading.Usable && Math.Abs(reading.Pose!.YawDegrees) <= FrontalDegrees && !reading.Eyes!.Closed && recognizer.Describe(frame, points!) is { } d)
                descriptors.Add(d);
        }
        var verdict = LivenessRule.Judge(challenge, readings);
        return new FaceCheckResult(verdict, verdict.Passed && descriptors.Count > 0 ? FaceDescriptor.Mean(descriptors) : null, descriptors.Count);
    }
}

/// <param name="Descriptor">Null when liveness failed, no frame faced the camera, or the recognition model is not installed.</param>
public sealed record FaceCheckResult(LivenessVerdict Liveness, FaceDescriptor? Descriptor, int FramesDescribed);
