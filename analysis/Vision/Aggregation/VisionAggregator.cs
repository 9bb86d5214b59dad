using BankHire.Analysis.Features;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Folds an answer's frame observations into the catalogue's vision features. Denominators:
/// face_presence_ratio over judgeable frames (readable, and lit or showing a face: a dark empty frame says nothing
/// about the candidate and is reported by dark_frame_ratio instead); extra_face_ratio over the judgeable frames the
/// small-face pass searched (a systematic sample, so a distant second face counts as often as a near one);
/// eye_contact_ratio, eyes_closed_ratio and smile_ratio over frames whose face got landmarks (each withheld,
/// with its measured figures, while its <see cref="VisionCueCards"/> entry is not released); brightness and dark_frame_ratio over
/// readable frames; blur_score is the median over readable frames that are not too dark (the median, because one
/// motion-blurred frame should not move an answer's sharpness). Not thread-safe: one aggregator per answer.
/// </summary>
/// <param name="landmarksUnavailableReason">Why the analyser could place no landmarks (model not installed), if so.</param>
public sealed class VisionAggregator(string analyserVersion, string? landmarksUnavailableReason = null)
{
    private readonly List<double> _blurOfLitFrames = [];
    private double _brightnessSum;
    private int _total, _unreadable, _dark, _judgeable, _withFace, _searched, _multiple, _withLandmarks, _looking, _smiling, _eyesClosed;

    public string AnalyserVersion { get; } = analyserVersion;

    public void Add(FrameObservation frame) => Add(FrameSummary.Of(frame));

    public void Add(FrameSummary frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _total++;
        if (!frame.Readable)
        {
            _unreadable++;
            return;
        }

        _brightnessSum += frame.MeanBrightness;
        if (frame.TooDark) _dark++;
        else _blurOfLitFrames.Add(frame.BlurScore);

        if (!frame.Judgeable) return;
        _judgeable++;
        if (frame.SmallFacesSearched)
        {
            _searched++;
            if (frame.FaceCount > 1) _multiple++;
        }

        if (!frame.HasFace) return;
        _withFace++;
        if (frame.LookingAtCamera is not { } looking) return;
        _withLandmarks++;
        if (looking) _looking++;
        if (frame.Smiling == true) _smiling++;
        if (frame.EyesClosed == true) _eyesClosed++;
    }

    public VisionFrameCounts Counts =>
        new(_total, _unreadable, _dark, _judgeable, _withFace, _searched, _multiple, _withLandmarks, _looking, _smiling, _eyesClosed);

    public IReadOnlyList<FeatureValue> Complete()
    {
        var readable = _total - _unreadable;
        var whyNoFrames = _total == 0 ? "no frames received"
            : readable == 0 ? $"none of the {_total} frames could be decoded"
            : null;
        var whyNotJudgeable = whyNoFrames ?? (_judgeable == 0 ? $"all {readable} readable frames were too dark to see a face" : null);
        var whyNoFace = whyNotJudgeable ?? (_withFace == 0 ? "no face was visible in any frame" : null);
        var whyNoLandmarks = whyNoFace ?? landmarksUnavailableReason
            ?? (_withLandmarks == 0 ? "no face was large and clear enough for landmarks in any frame" : null);

        return
        [
            Ratio("face_presence_ratio", _withFace, _judgeable, whyNotJudgeable),
            Ratio("eye_contact_ratio", _looking, _withLandmarks, whyNoLandmarks ?? VisionCueCards.EyeContact.WithheldReason),
            Ratio("smile_ratio", _smiling, _withLandmarks, whyNoLandmarks ?? VisionCueCards.Smile.WithheldReason),
            Ratio("eyes_closed_ratio", _eyesClosed, _withLandmarks, whyNoLandmarks ?? VisionCueCards.EyesClosed.WithheldReason),
            Ratio("extra_face_ratio", _multiple, _searched, whyNotJudgeable),
            whyNoFrames is null
                ? FeatureValue.Of("mean_brightness", _brightnessSum / readable, AnalyserVersion)
                : FeatureValue.NoData("mean_brightness", AnalyserVersion, whyNoFrames),
            Ratio("dark_frame_ratio", _dark, readable, whyNoFrames),
            _blurOfLitFrames.Count > 0
                ? FeatureValue.Of("blur_score", Median(_blurOfLitFrames), AnalyserVersion)
                : FeatureValue.NoData("blur_score", AnalyserVersion, whyNoFrames ?? "every frame was too dark to judge sharpness"),
        ];
    }

    private FeatureValue Ratio(string name, int count, int of, string? whyNot) =>
        whyNot is null && of > 0
            ? FeatureValue.Of(name, (double)count / of, AnalyserVersion)
            : FeatureValue.NoData(name, AnalyserVersion, whyNot ?? "no frames to measure");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
