using BankHire.Analysis.Features;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Rubric;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>Broken media give "no data" features with the reason, never an exception, and the rest of the answer still counts.</summary>
[Collection(InterviewCollection.Name)]
public sealed class BrokenMediaTests(InterviewFixture fixture, ITestOutputHelper output)
{
    private const string Typed = "I apologise for the wait, let me explain the reason and offer the priority window. Thank you.";

    [Fact]
    public async Task A_corrupt_recording_gives_no_data_vision_and_voice_with_reasons_and_the_typed_content_is_still_scored()
    {
        var input = new AnswerInput(fixture.Question("teller-q1"), "en") { RecordingPath = fixture.Media.Garbage, TypedAnswer = Typed };
        var score = await fixture.TellerInterview().AnalyseAsync([input], ScoringContext.AllConsents);
        var answer = score.Answers.Single();
        foreach (var note in answer.Notes) output.WriteLine(note);

        var media = answer.Features.OfKind(FeatureKind.Facial, FeatureKind.VideoQuality, FeatureKind.Voice).ToList();
        Assert.Equal(19, media.Count); // 8 vision + 11 voice
        Assert.All(media, f => Assert.False(f.HasValue, f.Name));
        Assert.All(answer.Features.OfKind(FeatureKind.Voice), f => Assert.StartsWith("the recording's audio could not be decoded", f.NoDataReason));
        Assert.All(answer.Features.OfKind(FeatureKind.Facial), f => Assert.Contains("recording", f.NoDataReason));
        Assert.Equal(ContentSource.TypedAnswer, answer.ContentSource);
        Assert.True(answer.Features.ValueOf("expected_point_coverage") > 0);
        Assert.NotEqual(Recommendation.NotScorable, score.Report.Recommendation);
        Assert.Contains(score.Report.Competencies.SelectMany(c => c.Indicators), i => i.Reason == IndicatorReason.AnalyserHadNoData);
    }

    [Fact]
    public async Task A_truncated_upload_gives_values_or_reasons_never_an_exception()
    {
        var input = new AnswerInput(fixture.Question("teller-q1"), "en") { RecordingPath = fixture.Media.TruncatedMp4, TypedAnswer = Typed };
        var answer = await fixture.Answers.AnalyseAsync(input, InterviewFixture.Everything);
        foreach (var f in answer.Features) output.WriteLine($"{f.Name} = {f.Value} {f.NoDataReason}");
        foreach (var note in answer.Notes) output.WriteLine(note);

        Assert.All(answer.Features, f =>
        {
            if (f.Value is { } value) Assert.InRange(value, FeatureCatalogue.Get(f.Name).Min, FeatureCatalogue.Get(f.Name).Max);
            else Assert.False(string.IsNullOrWhiteSpace(f.NoDataReason), f.Name);
        });
        Assert.True(answer.DurationSeconds < InterviewMedia.Seconds, "a fifth of the file cannot hold the whole answer");
    }

    [Fact]
    public async Task Unreadable_frames_and_encoded_bytes_sent_as_PCM_give_reasons()
    {
        byte[] notJpeg = [1, 2, 3, 4, 5];
        var input = new AnswerInput(fixture.Question("teller-q1"), "en")
        {
            Frames = [.. Enumerable.Range(0, 4).Select(i => new TimedFrame(TimeSpan.FromSeconds(i / 2.0), notJpeg))],
            Pcm16le = File.ReadAllBytes(fixture.Media.MandarinWebm.Path),
        };
        var answer = await fixture.Answers.AnalyseAsync(input, InterviewFixture.Everything);

        // Vision reads every second frame: two of the four.
        Assert.Equal("none of the 2 frames could be decoded", answer.Features.Single(f => f.Name == "face_presence_ratio").NoDataReason);
        Assert.Contains("WebM", answer.Features.Single(f => f.Name == "speaking_ratio").NoDataReason);
        Assert.Contains(answer.Notes, n => n.StartsWith("content:", StringComparison.Ordinal));
    }
}
