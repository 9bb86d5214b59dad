using OpenCvSharp;

namespace BankHire.Analysis.Vision;

/// <summary>A decoded frame of a stored recording and its time from the start. The receiver disposes it.</summary>
public sealed record VideoFrame(TimeSpan Timestamp, Mat Bgr) : IDisposable
{
    public void Dispose() => Bgr.Dispose();
}
