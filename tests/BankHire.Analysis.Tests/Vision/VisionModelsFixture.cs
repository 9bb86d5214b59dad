using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

/// <summary>Loads the models and the test pictures once for all vision tests.</summary>
public sealed class VisionModelsFixture : IDisposable
{
    public FaceDetector Faces { get; } = FaceDetector.CreateDefault();

    public SmileDetector Smiles { get; } = SmileDetector.CreateDefault() ?? throw new InvalidOperationException("Smile cascade missing.");

    public SyntheticFrames Frames { get; } = new();

    public FrameAnalyzer Analyzer => new(Faces, Smiles);

    public void Dispose()
    {
        Faces.Dispose();
        Smiles.Dispose();
        Frames.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class VisionCollection : ICollectionFixture<VisionModelsFixture>
{
    public const string Name = "Vision";
}
