using BankHire.Analysis.Vision;
using BenchmarkDotNet.Attributes;
using OpenCvSharp;

namespace BankHire.Benchmarks.Vision;

/// <summary>
/// Per-core costs of the vision path (OnnxRuntime on one intra-op thread): BlazeFace on the whole frame, the
/// small-face pass (the whole frame plus its tiles), dlib's 68 landmarks on one face, and the whole frame analysis on
/// an ordinary frame and on one the small-face pass searches; and what one second of a 2-fps answer costs with
/// <see cref="FrameSampling.Default"/> against reading every frame (the figure the capacity plan needs).
/// </summary>
[Config(typeof(VisionBenchmarkConfig))]
public class VisionBenchmarks
{
    private FaceDetector _blazeFace = null!;
    private FaceDetector _blazeFaceTiles = null!;
    private FrameAnalyzer _tilesAnalyzer = null!;
    private FaceDetector _haar = null!;
    private FaceLandmarker _landmarks = null!;
    private FrameAnalyzer _analyzer = null!;
    private FrameAnalyzer _everyFrame = null!;
    private byte[] _jpeg = null!;
    private Mat _decoded = null!;
    private Mat _gray = null!;
    private DetectedFace _face = null!;

    [Params("320x240", "640x480")]
    public string Resolution { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        // Per-core figures: OpenCV would otherwise spread Haar's scales and resizes over every core.
        Cv2.SetNumThreads(1);
        var size = Resolution.Split('x').Select(int.Parse).ToArray();
        _blazeFace = FaceDetector.CreateBlazeFace(ModelFiles.BlazeFacePath, new FaceDetectorOptions { IntraOpThreads = 1 });
        _blazeFaceTiles = FaceDetector.CreateBlazeFace(ModelFiles.BlazeFacePath, new FaceDetectorOptions { IntraOpThreads = 1, SmallFacesOnCanvas = false });
        _haar = FaceDetector.CreateHaar(ModelFiles.FindCascade(ModelFiles.FrontalFaceCascadeFileName)!);
        _landmarks = FaceLandmarker.CreateDefault();
        if (!_landmarks.Available) throw new InvalidOperationException(_landmarks.UnavailableReason);
        _analyzer = new FrameAnalyzer(_blazeFace, _landmarks);
        _tilesAnalyzer = new FrameAnalyzer(_blazeFaceTiles, _landmarks);
        // The sampling before issue 19: every frame read, small faces searched every sixth.
        _everyFrame = new FrameAnalyzer(_blazeFace, _landmarks, new FrameAnalysisOptions { Sampling = new FrameSampling(1, 6) });
        _decoded = BenchmarkFrames.Portrait(size[0], size[1]);
        _gray = _decoded.CvtColor(ColorConversionCodes.BGR2GRAY);
        _jpeg = BenchmarkFrames.Jpeg(_decoded);
        _face = _blazeFace.Detect(_decoded).Single();
        if (_haar.Detect(_decoded).Count != 1 || _blazeFace.Detect(_decoded, searchSmallFaces: true).Count != 1)
            throw new InvalidOperationException("The benchmark frame must hold exactly one face for every pass.");
    }

    [Benchmark(Description = "JPEG decode + resize + BlazeFace")]
    public int BlazeFaceFromJpeg()
    {
        using var frame = FrameDecoder.Decode(_jpeg);
        return _blazeFace.Detect(frame).Count;
    }

    [Benchmark(Description = "BlazeFace on a decoded frame (resize + inference + decoding)")]
    public int BlazeFaceDecoded() => _blazeFace.Detect(_decoded).Count;

    [Benchmark(Description = "Small-face pass on a decoded frame (whole frame + one canvas)")]
    public int SmallFacePass() => _blazeFace.Detect(_decoded, searchSmallFaces: true).Count;

    [Benchmark(Description = "Small-face pass on a decoded frame (whole frame + 12/20 tiles, before)")]
    public int SmallFacePassTiles() => _blazeFaceTiles.Detect(_decoded, searchSmallFaces: true).Count;

    [Benchmark(Description = "dlib 68 landmarks on one face")]
    public int Landmarks() => _landmarks.Locate(_gray, _face)!.Points.Count;

    [Benchmark(Description = "JPEG decode + Haar frontal face")]
    public int HaarFromJpeg()
    {
        using var frame = FrameDecoder.Decode(_jpeg);
        return _haar.Detect(frame).Count;
    }

    [Benchmark(Description = "Full frame analysis, ordinary frame (decode, light, blur, BlazeFace, landmarks, cues)")]
    public int FullAnalysis() => _analyzer.Analyze(_jpeg, frameIndex: 1).FaceCount;

    [Benchmark(Description = "Full frame analysis, frame searched for small faces")]
    public int FullAnalysisWithSmallFaces() => _analyzer.Analyze(_jpeg, frameIndex: 0).FaceCount;

    /// <summary>Twelve frames (6 s at 2 fps, one small-face search period), reported per answer-second.</summary>
    [Benchmark(Description = "One answer-second at 2 fps, default sampling", OperationsPerInvoke = SampledSeconds)]
    public int AnswerSecondSampled() => AnswerSeconds(_analyzer);

    [Benchmark(Description = "One answer-second at 2 fps, default sampling, small faces on tiles (before)", OperationsPerInvoke = SampledSeconds)]
    public int AnswerSecondSampledTiles() => AnswerSeconds(_tilesAnalyzer);

    [Benchmark(Description = "One answer-second at 2 fps, every frame read and searched every 6th", OperationsPerInvoke = SampledSeconds)]
    public int AnswerSecondEveryFrame() => AnswerSeconds(_everyFrame);

    private const int SampledSeconds = 6;

    private int AnswerSeconds(FrameAnalyzer analyzer)
    {
        var faces = 0;
        for (var seq = 0; seq < SampledSeconds * 2; seq++)
            if (analyzer.Sampling.Analyses(seq)) faces += analyzer.Analyze(_jpeg, frameIndex: seq).FaceCount;
        return faces;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _blazeFace.Dispose();
        _blazeFaceTiles.Dispose();
        _haar.Dispose();
        _decoded.Dispose();
        _gray.Dispose();
    }
}
