using BankHire.Analysis.Vision;
using BenchmarkDotNet.Attributes;
using OpenCvSharp;

namespace BankHire.Benchmarks.Vision;

/// <summary>Per-core frame rates of the vision path (OnnxRuntime on one intra-op thread).</summary>
[Config(typeof(VisionBenchmarkConfig))]
public class VisionBenchmarks
{
    private FaceDetector _blazeFace = null!;
    private FaceDetector _haar = null!;
    private SmileDetector _smiles = null!;
    private FrameAnalyzer _analyzer = null!;
    private FrameAnalyzer _analyzerWithoutSmile = null!;
    private byte[] _jpeg = null!;
    private Mat _decoded = null!;

    [Params("320x240", "640x480")]
    public string Resolution { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        // Per-core figures: OpenCV would otherwise spread Haar's scales and resizes over every core.
        Cv2.SetNumThreads(1);
        var size = Resolution.Split('x').Select(int.Parse).ToArray();
        _blazeFace = FaceDetector.CreateBlazeFace(ModelFiles.BlazeFacePath, new FaceDetectorOptions { IntraOpThreads = 1 });
        _haar = FaceDetector.CreateHaar(ModelFiles.FindCascade(ModelFiles.FrontalFaceCascadeFileName)!);
        _smiles = SmileDetector.CreateDefault()!;
        _analyzer = new FrameAnalyzer(_blazeFace, _smiles);
        _analyzerWithoutSmile = new FrameAnalyzer(_blazeFace, smiles: null);
        _decoded = BenchmarkFrames.Portrait(size[0], size[1]);
        _jpeg = BenchmarkFrames.Jpeg(_decoded);
        if (_blazeFace.Detect(_decoded).Count != 1 || _haar.Detect(_decoded).Count != 1)
            throw new InvalidOperationException("The benchmark frame must hold exactly one face for both detectors.");
    }

    [Benchmark(Description = "JPEG decode + resize + BlazeFace")]
    public int BlazeFaceFromJpeg()
    {
        using var frame = FrameDecoder.Decode(_jpeg);
        return _blazeFace.Detect(frame).Count;
    }

    [Benchmark(Description = "BlazeFace on a decoded frame (resize + inference + decoding)")]
    public int BlazeFaceDecoded() => _blazeFace.Detect(_decoded).Count;

    [Benchmark(Description = "JPEG decode + Haar frontal face")]
    public int HaarFromJpeg()
    {
        using var frame = FrameDecoder.Decode(_jpeg);
        return _haar.Detect(frame).Count;
    }

    [Benchmark(Description = "Full frame analysis (decode, light, blur, BlazeFace, pose, smile)")]
    public int FullAnalysis() => _analyzer.Analyze(_jpeg).FaceCount;

    [Benchmark(Description = "Full frame analysis without the smile cascade")]
    public int AnalysisWithoutSmile() => _analyzerWithoutSmile.Analyze(_jpeg).FaceCount;

    [GlobalCleanup]
    public void Cleanup()
    {
        _blazeFace.Dispose();
        _haar.Dispose();
        _smiles.Dispose();
        _decoded.Dispose();
    }
}
