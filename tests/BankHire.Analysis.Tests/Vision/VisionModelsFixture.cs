using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>
/// Loads the models and the test pictures once for all vision tests. dlib's landmark model comes from Debian's
/// libdlib-data: the installed file, else the package fetched with apt-get download into the test media cache.
/// </summary>
public sealed class VisionModelsFixture : IDisposable
{
    public FaceDetector Faces { get; } = FaceDetector.CreateDefault();

    public FaceLandmarker Landmarks { get; } = LoadLandmarks();

    public SyntheticFrames Frames { get; } = new();

    public FrameAnalyzer Analyzer => new(Faces, Landmarks);

    public static string LandmarkModelPath =>
        DebianPackageFiles.Get(LandmarkModelFile.DebianPackage, "/usr/share/dlib/" + LandmarkModelFile.FileName);

    public void Dispose()
    {
        Faces.Dispose();
        Frames.Dispose();
    }

    private static FaceLandmarker LoadLandmarks()
    {
        var path = LandmarkModelPath;
        var sha = LandmarkModelFile.Sha256Of(path);
        return sha == LandmarkModelFile.Sha256
            ? FaceLandmarker.Load(path)
            : throw new InvalidOperationException($"{path} has SHA-256 {sha}, not the pinned {LandmarkModelFile.Sha256}.");
    }
}

[CollectionDefinition(Name)]
public sealed class VisionCollection : ICollectionFixture<VisionModelsFixture>
{
    public const string Name = "Vision";
}
