using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Measures one frame: light, sharpness, faces (with the small-face pass on the frames
/// <see cref="FrameSampling.SearchesSmallFaces"/> picks), and, on the largest face, 68 landmarks and the
/// cues read from them: head pose and eye contact, eye openness, mouth shape and smile. Thread-safe: it holds no
/// per-frame state and its models are thread-safe.
/// </summary>
public sealed class FrameAnalyzer(FaceDetector faces, FaceLandmarker? landmarks = null, FrameAnalysisOptions? options = null)
{
    private readonly FrameAnalysisOptions _options = options ?? FrameAnalysisOptions.Default;
    private readonly FaceLandmarker _landmarks = landmarks ?? FaceLandmarker.Unavailable("no landmark model was given to the frame analyser");

    public string AnalyserVersion => VisionAnalyserVersion.For(faces.Kind, _landmarks.Available, faces.SearchesSmallFacesOnCanvas);

    /// <summary>Why eye contact, eye openness and smile cannot be measured by this analyser; null when they can.</summary>
    public string? LandmarksUnavailableReason => faces.Kind == FaceDetectorKind.HaarCascade
        ? "the Haar fallback face detector gives no keypoints to place landmarks from"
        : _landmarks.UnavailableReason;

    /// <summary>Which frames of an answer this analyser reads (the others are stored, not analysed).</summary>
    public FrameSampling Sampling => _options.Sampling;

    /// <summary>A new aggregator for one answer analysed by this analyser.</summary>
    public VisionAggregator NewAggregator() => new(AnalyserVersion, LandmarksUnavailableReason);

    /// <summary>
    /// Decodes and analyses; bytes that cannot be decoded give an unreadable observation, not an exception.
    /// <paramref name="frameIndex"/> is the frame's place in its answer (it decides the small-face pass); a lone
    /// frame (the device check) is always searched.
    /// </summary>
    public FrameObservation Analyze(ReadOnlySpan<byte> encodedFrame, int? frameIndex = null)
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

        using (bgr) return Analyze(bgr, frameIndex);
    }

    public FrameObservation Analyze(Mat bgr, int? frameIndex = null)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty()) return FrameObservation.Unreadable("empty image");
        if (bgr.Type() != MatType.CV_8UC3) throw new ArgumentException("Expected an 8-bit, 3-channel BGR image.", nameof(bgr));

        using var gray = new Mat();
        Cv2.CvtColor(bgr, gray, ColorConversionCodes.BGR2GRAY);
        var quality = FrameQuality.Measure(gray, _options.BlurReferenceWidth);
        var tooDark = quality.MeanBrightness < _options.DarkLuminance;
        var searchSmall = (frameIndex is not { } i || _options.Sampling.SearchesSmallFaces(i)) && faces.SearchesSmallFaces;
        var detected = quality.MeanBrightness < _options.BlackLuminance ? [] : faces.Detect(bgr, searchSmall);

        var primary = detected.Count == 0 ? null : detected.MaxBy(f => f.Area);
        var located = primary is not null && primary.Box.Width >= _options.MinLandmarkFaceWidth ? _landmarks.Locate(gray, primary) : null;
        var cues = located is null ? null : FaceCues.Read(located, bgr.Width, bgr.Height, _options);

        return new FrameObservation
        {
            Readable = true,
            Width = bgr.Width,
            Height = bgr.Height,
            MeanBrightness = quality.MeanBrightness,
            BlurScore = quality.BlurScore,
            TooDark = tooDark,
            Faces = detected,
            SmallFacesSearched = searchSmall || !faces.SearchesSmallFaces,
            Landmarks = located,
            Cues = cues,
            Hints = HintsFor(tooDark, detected.Count, cues?.LookingAtCamera),
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
