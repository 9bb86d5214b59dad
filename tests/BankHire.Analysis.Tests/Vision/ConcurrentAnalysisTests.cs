using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Vision;

[Collection(VisionCollection.Name)]
public sealed class ConcurrentAnalysisTests(VisionModelsFixture models)
{
    [Fact]
    public void One_shared_analyser_gives_the_same_result_on_many_threads()
    {
        using var two = models.Frames.TwoFaces();
        var jpeg = SyntheticFrames.Jpeg(two);
        var analyzer = models.Analyzer;
        var expected = analyzer.Analyze(jpeg);

        var results = new FrameObservation[32];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = analyzer.Analyze(jpeg));

        Assert.All(results, r =>
        {
            Assert.Equal(expected.Faces, r.Faces, (a, b) => a.Box == b.Box && a.Score == b.Score);
            Assert.Equal(expected.Cues, r.Cues);
            Assert.Equal(expected.Landmarks!.Points, r.Landmarks!.Points);
        });
    }
}
