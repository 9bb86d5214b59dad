using BankHire.Analysis.Vision;
using BenchmarkDotNet.Attributes;
using OpenCvSharp;

namespace BankHire.Benchmarks.Vision;

/// <summary>
/// What one face check-in costs a silo core: face-api's recognition net (our C#) on one face, and the whole check —
/// 12 camera frames of a challenge through BlazeFace, dlib's landmarks and the liveness rule, plus the net on the
/// frames that count (at most <see cref="FaceCheck.MaxDescribed"/>).
/// </summary>
[Config(typeof(VisionBenchmarkConfig))]
public class FaceCheckInBenchmarks
{
    private FaceDetector _faces = null!;
    private FaceRecognizer _recognizer = null!;
    private FaceCheck _check = null!;
    private Mat _frame = null!;
    private FaceLandmarks _landmarks = null!;
    private byte[][] _challengeFrames = null!;

    [GlobalSetup]
    public void Setup()
    {
        Cv2.SetNumThreads(1);
        _faces = FaceDetector.CreateBlazeFace(ModelFiles.BlazeFacePath, new FaceDetectorOptions { IntraOpThreads = 1 });
        var landmarks = FaceLandmarker.CreateDefault();
        _recognizer = FaceRecognizer.CreateDefault();
        if (!landmarks.Available || !_recognizer.Available) throw new InvalidOperationException(landmarks.UnavailableReason ?? _recognizer.UnavailableReason);
        _check = new FaceCheck(_faces, landmarks, _recognizer);
        _frame = BenchmarkFrames.Portrait(640, 480);
        using var gray = _frame.CvtColor(ColorConversionCodes.BGR2GRAY);
        _landmarks = landmarks.Locate(gray, _faces.Detect(_frame).Single())!;
        _challengeFrames = [.. Enumerable.Repeat(BenchmarkFrames.Jpeg(_frame), 12)];
    }

    [Benchmark(Description = "Recognition net on one face (chip + 29-layer ResNet)")]
    public float Describe() => _recognizer.Describe(_frame, _landmarks)!.Values[0];

    [Benchmark(Description = "One face check-in: 12 frames 640×480, liveness + up to 3 descriptors")]
    public bool CheckIn() => _check.Check(LivenessChallenge.Blink, _challengeFrames).Liveness.Passed;

    [GlobalCleanup]
    public void Cleanup()
    {
        _faces.Dispose();
        _frame.Dispose();
    }
}
