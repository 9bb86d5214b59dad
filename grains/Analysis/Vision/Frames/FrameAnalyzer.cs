using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Measures one frame: light, sharpness, faces, and the primary face's head pose and (if a smile detector is
/// given) smile. Thread-safe: it holds no per-frame state and its detectors are thread-safe.
/// The smile cascade costs about ten times the rest of the analysis and smile_ratio is withheld (see
/// <see cref="SmileValidation"/>), so pass one only to study the cue.
/// </summary>
public sealed class FrameAnalyzer(FaceDetector faces, SmileDetector? smiles = null, FrameAnalysisOptions? options = null)
{
    private readonly FrameAnalysisOptions _options = options ?? FrameAnalysisOptions.Default;

    public string AnalyserVersion => faces.AnalyserVersion;

    /// <summary>Decodes and analyses; bytes that cannot be decoded give an unreadable observation, not an exception.</summary>
    public FrameObservation Analyze(ReadOnlySpan<byte> encodedFrame)
    {
        Mat bgr;
        try
        {
            bgr = FrameDecoder.Decode(encodedFrame);
        }
        catch (InvalidFrameException e)
        {
            return FrameObservation.Unreadable(e.Reason);
        }

        using (bgr) return Analyze(bgr);
    }

    public FrameObservation Analyze(Mat bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty()) return FrameObservation.Unreadable("empty image");
        if (bgr.Type() != MatType.CV_8UC3) throw new ArgumentException("Expected an 8-bit, 3-channel BGR image.", nameof(bgr));

        var quality = FrameQuality.Measure(bgr, _options.BlurReferenceWidth);
        var tooDark = quality.MeanBrightness < _options.DarkLuminance;
        var detected = quality.MeanBrightness < _options.BlackLuminance ? [] : faces.Detect(bgr);

        var primary = detected.Count == 0 ? null : detected.MaxBy(f => f.Area);
        var pose = primary?.Keypoints is { } keypoints ? HeadPose.FromKeypoints(keypoints, primary.Box.Width) : null;
        bool? looking = primary?.Keypoints is null ? null : pose is not null && _options.Gaze.Contains(pose);
        var smile = primary is not null && smiles is not null ? smiles.Read(bgr, primary) : (SmileReading?)null;

        return new FrameObservation
        {
            Readable = true,
            Width = bgr.Width,
            Height = bgr.Height,
            MeanBrightness = quality.MeanBrightness,
            BlurScore = quality.BlurScore,
            TooDark = tooDark,
            Faces = detected,
            HeadPose = pose,
            LookingAtCamera = looking,
            Smile = smile,
            Hints = HintsFor(tooDark, detected.Count, looking),
        };
    }

    private static LiveHint HintsFor(bool tooDark, int faceCount, bool? looking)
    {
        var hints = LiveHint.None;
        if (tooDark) hints |= LiveHint.TooDark;
        if (faceCount == 0 && !tooDark) hints |= LiveHint.FaceNotVisible;
        if (faceCount > 1) hints |= LiveHint.MultipleFaces;
        if (looking == false) hints |= LiveHint.LookingAway;
        return hints;
    }
}
