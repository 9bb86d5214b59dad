using BankHire.Analysis.Audio;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Audio;

[Collection(TestMediaCollection.Name)]
public sealed class SpeechSegmentsTests(TestMedia media, ITestOutputHelper output)
{
    private const double BoundaryTolerance = 0.25;

    [Fact]
    public void English_segments_match_the_composed_timeline() => AssertTimeline(media.EnglishTimeline);

    [Fact]
    public void Mandarin_segments_match_the_composed_timeline() => AssertTimeline(media.MandarinTimeline);

    private void AssertTimeline(ComposedAnswer answer)
    {
        var (features, segments) = AnalyzerRun.Whole(answer.Pcm);
        output.WriteLine($"truth    {string.Join(", ", answer.Speech)}");
        output.WriteLine($"detected {string.Join(", ", segments)}");
        foreach (var f in features) output.WriteLine($"{f.Name} = {f.Value} {f.NoDataReason}");

        Assert.Equal(answer.Speech.Count, segments.Count);
        foreach (var (truth, found) in answer.Speech.Zip(segments))
        {
            Assert.InRange(found.StartSeconds, truth.StartSeconds - BoundaryTolerance, truth.StartSeconds + BoundaryTolerance);
            Assert.InRange(found.EndSeconds, truth.EndSeconds - BoundaryTolerance, truth.EndSeconds + BoundaryTolerance);
        }
    }
}
