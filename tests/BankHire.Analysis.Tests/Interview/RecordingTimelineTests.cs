using BankHire.Analysis.Audio;
using BankHire.Analysis.Features;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Vision;
using Xunit.Abstractions;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>
/// A stored recording re-analysed end to end (frames sampled at 2 fps, audio decoded by ffmpeg) against the timeline
/// it was composed from. Tolerances: one sampled frame (0.5 s of 10 s) for face presence, and the speech segmenter's
/// 0.25 s per boundary (two boundaries of 10 s) for the speaking ratio.
/// </summary>
[Collection(InterviewCollection.Name)]
public sealed class RecordingTimelineTests(InterviewFixture fixture, ITestOutputHelper output)
{
    private const double FaceTolerance = 0.05;
    private const double SpeechTolerance = 0.05;

    [Fact]
    public async Task An_English_MP4_answer_measures_face_then_no_face_and_speech_then_silence()
    {
        var recording = fixture.Media.EnglishMp4;
        var answer = await fixture.Answers.AnalyseAsync(
            new AnswerInput(fixture.Question("teller-q1"), "en") { RecordingPath = recording.Path, Transcript = recording.SpokenText },
            InterviewFixture.Everything);
        Print(answer);

        AssertTimeline(answer, recording);
        Assert.Equal(ContentSource.SuppliedTranscript, answer.ContentSource);
        Assert.True(answer.ValueOf("expected_point_coverage") >= 0.5, "apologise, explain and priority are in the transcript");
        Assert.Contains("covered by “apologise”", answer.ContentExplanations.Single(e => e.Feature == "expected_point_coverage").Message);
    }

    [Fact]
    public async Task A_Mandarin_WebM_answer_measures_no_face_then_face_and_speech_then_silence()
    {
        var recording = fixture.Media.MandarinWebm;
        var answer = await fixture.Answers.AnalyseAsync(
            new AnswerInput(fixture.Question("teller-q2"), "zh") { RecordingPath = recording.Path, Transcript = recording.SpokenText },
            InterviewFixture.Everything);
        Print(answer);

        AssertTimeline(answer, recording);
        Assert.True(answer.ValueOf("expected_point_coverage") >= 0.5, "制度, 核实身份, 解释 and 资金安全 are in the transcript");
    }

    private static void AssertTimeline(AnswerAnalysis answer, RecordedAnswer recording)
    {
        Assert.InRange(answer.DurationSeconds, recording.TotalSeconds - 0.1, recording.TotalSeconds + 0.1);
        Assert.InRange(answer.ValueOf("face_presence_ratio"), recording.FacePresence - FaceTolerance, recording.FacePresence + FaceTolerance);
        Assert.Equal(0, answer.ValueOf("extra_face_ratio"));
        Assert.True(answer.ValueOf("eye_contact_ratio") >= 0.9, "the astronaut faces the camera");
        Assert.InRange(answer.ValueOf("speaking_ratio"), recording.SpeakingRatio - SpeechTolerance, recording.SpeakingRatio + SpeechTolerance);
        // Silence from the end of speech to the end of the answer.
        var trailing = recording.TotalSeconds - 0.5 - recording.SpeechSeconds;
        Assert.InRange(answer.ValueOf("longest_silence_s"), trailing - 0.5, trailing + 0.5);

        Assert.All(answer.Features.OfKind(FeatureKind.Facial, FeatureKind.VideoQuality), f => Assert.Equal(VisionAnalyserVersion.Current, f.AnalyserVersion));
        Assert.All(answer.Features.OfKind(FeatureKind.Voice), f => Assert.Equal(AudioAnalyzer.Version, f.AnalyserVersion));
        Assert.All(answer.Features.OfKind(FeatureKind.Content), f => Assert.Equal(AnswerContentAnalyser.Version, f.AnalyserVersion));
        Assert.Equal(
            FeatureCatalogue.All.Where(d => d.Kind is not FeatureKind.Resume).Select(d => d.Name).Order(),
            answer.Features.Select(f => f.Name).Order());
    }

    private void Print(AnswerAnalysis answer)
    {
        output.WriteLine($"duration {answer.DurationSeconds:0.00} s, content from {answer.ContentSource}");
        foreach (var f in answer.Features) output.WriteLine($"{f.Name} = {f.Value} {f.NoDataReason}");
        foreach (var n in answer.Notes) output.WriteLine($"note: {n}");
    }
}
