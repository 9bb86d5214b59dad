using BankHire.Analysis.Features;
using BankHire.Analysis.Vision;
using OpenCvSharp;

namespace BankHire.Analysis.Interview;

/// <summary>
/// The answer's frames (or frames sampled from its recording) through the frame analyser and aggregator: the frames
/// <see cref="FrameSampling"/> picks, by their place in the answer.
/// </summary>
internal sealed class VisionPass(FrameAnalyzer analyzer, double recordingFramesPerSecond)
{
    public sealed record Result(IReadOnlyList<FeatureValue> Features, double SpanSeconds, string? Note);

    public Result Measure(AnswerInput answer)
    {
        var aggregator = analyzer.NewAggregator();
        if (answer.Frames.Count > 0)
        {
            // A frame's place in its answer decides whether it is read and searched for small faces, as for the
            // live readings, so both read the same frames.
            var timestamps = new List<TimeSpan>();
            for (var i = 0; i < answer.Frames.Count; i++)
            {
                var frame = answer.Frames[i];
                var seq = frame.Seq ?? i;
                if (!analyzer.Sampling.Analyses(seq)) continue;
                aggregator.Add(frame.Seen ?? FrameSummary.Of(analyzer.Analyze(frame.Jpeg, frameIndex: seq)));
                timestamps.Add(frame.Timestamp);
            }
            return new Result(aggregator.Complete(), Span(timestamps), null);
        }

        if (answer.RecordingPath is null)
            return NoData("no frames and no recording were received");

        var recorded = new List<TimeSpan>();
        try
        {
            var index = 0;
            foreach (var frame in VideoFrameSource.Sample(answer.RecordingPath, recordingFramesPerSecond))
                using (frame)
                {
                    if (analyzer.Sampling.Analyses(index))
                    {
                        aggregator.Add(analyzer.Analyze(frame.Bgr, frameIndex: index));
                        recorded.Add(frame.Timestamp);
                    }
                    index++;
                }
        }
        catch (Exception e) when (e is InvalidFrameException or OpenCVException)
        {
            return NoData($"the recording's video could not be read: {(e as InvalidFrameException)?.Reason ?? e.Message}");
        }

        return recorded.Count == 0
            ? NoData("the recording holds no readable video frames")
            : new Result(aggregator.Complete(), Span(recorded), null);
    }

    private Result NoData(string reason) =>
        new(CatalogueNoData.For(analyzer.AnalyserVersion, reason, FeatureKind.Facial, FeatureKind.VideoQuality), 0, $"vision: {reason}");

    /// <summary>From the first analysed frame to one analysed-frame interval after the last, the time the frames stand for.</summary>
    private double Span(IReadOnlyList<TimeSpan> timestamps)
    {
        if (timestamps.Count == 0) return 0;
        var first = timestamps.Min();
        var last = timestamps.Max();
        var interval = timestamps.Count > 1 ? (last - first).TotalSeconds / (timestamps.Count - 1)
            : analyzer.Sampling.AnalyseEvery / recordingFramesPerSecond;
        return (last - first).TotalSeconds + interval;
    }
}
