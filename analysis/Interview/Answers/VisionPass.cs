using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;
using OpenCvSharp;

namespace BankHire.Analysis.Interview;

/// <summary>The answer's frames (or frames sampled from its recording) through the frame analyser and aggregator.</summary>
internal sealed class VisionPass(FrameAnalyzer analyzer, double recordingFramesPerSecond)
{
    public sealed record Result(IReadOnlyList<FeatureValue> Features, double SpanSeconds, string? Note);

    public Result Measure(AnswerInput answer)
    {
        var aggregator = analyzer.NewAggregator();
        if (answer.Frames.Count > 0)
        {
            // A frame's index is its seq, as for the live readings, so both pick the same frames for the small-face pass.
            for (var i = 0; i < answer.Frames.Count; i++)
                aggregator.Add(answer.Frames[i].Seen ?? FrameSummary.Of(analyzer.Analyze(answer.Frames[i].Jpeg, frameIndex: i)));
            return new Result(aggregator.Complete(), Span(answer.Frames.Select(f => f.Timestamp).ToList()), null);
        }

        if (answer.RecordingPath is null)
            return NoData("no frames and no recording were received");

        var timestamps = new List<TimeSpan>();
        try
        {
            foreach (var frame in VideoFrameSource.Sample(answer.RecordingPath, recordingFramesPerSecond))
                using (frame)
                {
                    aggregator.Add(analyzer.Analyze(frame.Bgr, frameIndex: timestamps.Count));
                    timestamps.Add(frame.Timestamp);
                }
        }
        catch (Exception e) when (e is InvalidFrameException or OpenCVException)
        {
            return NoData($"the recording's video could not be read: {(e as InvalidFrameException)?.Reason ?? e.Message}");
        }

        return timestamps.Count == 0
            ? NoData("the recording holds no readable video frames")
            : new Result(aggregator.Complete(), Span(timestamps), null);
    }

    private Result NoData(string reason) =>
        new(CatalogueNoData.For(analyzer.AnalyserVersion, reason, FeatureKind.Facial, FeatureKind.VideoQuality), 0, $"vision: {reason}");

    /// <summary>From the first frame to one frame interval after the last, the time the frames stand for.</summary>
    private double Span(IReadOnlyList<TimeSpan> timestamps)
    {
        if (timestamps.Count == 0) return 0;
        var first = timestamps.Min();
        var last = timestamps.Max();
        var interval = timestamps.Count > 1 ? (last - first).TotalSeconds / (timestamps.Count - 1) : 1 / recordingFramesPerSecond;
        return (last - first).TotalSeconds + interval;
    }
}
