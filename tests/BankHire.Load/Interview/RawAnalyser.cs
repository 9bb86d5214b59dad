using System.Diagnostics;
using BankHire.Analysis.Vision;

namespace BankHire.Load;

/// <summary>The raw analyser in this process on the same JPEG the candidates upload: decode + faces + quality per frame.</summary>
public static class RawAnalyser
{
    /// <param name="CpuMsPerFrame">Process CPU per frame in the one-thread run (OpenCV and ONNX may use threads of their own).</param>
    public sealed record Result(string AnalyserVersion, int Frames, double OneThreadFps, int Threads, double AllThreadsFps, double CpuMsPerFrame);

    public static Result Measure(byte[] jpeg, int frames)
    {
        using var faces = FaceDetector.CreateDefault();
        var analyzer = new FrameAnalyzer(faces, FaceLandmarker.CreateDefault());
        for (var i = 0; i < 5; i++) analyzer.Analyze(jpeg); // warm-up (model load, JIT)

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < frames; i++) analyzer.Analyze(jpeg, frameIndex: i); // the small-face pass on every third, as in an answer
        var one = frames / clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / frames;

        var threads = Environment.ProcessorCount;
        clock.Restart();
        Parallel.For(0, frames, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => analyzer.Analyze(jpeg, frameIndex: i));
        var all = frames / clock.Elapsed.TotalSeconds;
        return new(analyzer.AnalyserVersion, frames, one, threads, all, cpuMs);
    }
}
