using OpenCvSharp;

namespace BankHire.Analysis.Vision;

internal interface IFaceDetectorBackend : IDisposable
{
    FaceDetectorKind Kind { get; }

    IReadOnlyList<DetectedFace> Detect(Mat bgr);
}
