using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>
/// Samples frames from a stored recording (MP4, WebM…) through OpenCV's bundled FFmpeg, for re-analysis at the
/// rate the live path uses. Sampling follows each frame's timestamp rather than the container's frame rate,
/// because browser WebM files often declare no rate or a wrong one.
/// </summary>
public static class VideoFrameSource
{
    /// <exception cref="InvalidFrameException">The file is missing or FFmpeg cannot open it.</exception>
    public static IEnumerable<VideoFrame> Sample(string path, double framesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(framesPerSecond);
        if (!File.Exists(path)) throw new InvalidFrameException($"video '{path}' not found");

        var capture = new VideoCapture(path, VideoCaptureAPIs.FFMPEG);
        if (!capture.IsOpened())
        {
            capture.Dispose();
            throw new InvalidFrameException($"video '{Path.GetFileName(path)}' cannot be opened");
        }

        return Enumerate(capture, TimeSpan.FromSeconds(1 / framesPerSecond));
    }

    private static IEnumerable<VideoFrame> Enumerate(VideoCapture capture, TimeSpan interval)
    {
        using (capture)
        {
            var next = TimeSpan.Zero;
            var index = 0;
            var declaredFps = capture.Fps;
            while (capture.Grab())
            {
                var timestamp = Timestamp(capture, index++, declaredFps);
                if (timestamp < next) continue;

                var frame = new Mat();
                if (!capture.Retrieve(frame) || frame.Empty())
                {
                    frame.Dispose();
                    continue;
                }

                // Step from the sampling grid, not from this frame, so the rate does not drift.
                while (next <= timestamp) next += interval;
                yield return new VideoFrame(timestamp, frame);
            }
        }
    }

    private static TimeSpan Timestamp(VideoCapture capture, int index, double declaredFps)
    {
        var ms = capture.Get(VideoCaptureProperties.PosMsec);
        if (ms > 0 || index == 0) return TimeSpan.FromMilliseconds(Math.Max(0, ms));
        return declaredFps > 0 ? TimeSpan.FromSeconds(index / declaredFps) : TimeSpan.Zero;
    }
}
