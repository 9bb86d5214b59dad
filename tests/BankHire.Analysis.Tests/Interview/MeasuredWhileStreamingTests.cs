using BankHire.Analysis.Features;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>
/// What was measured while the answer streamed in (frame summaries, voice features) is not measured again at finish; the answer's
/// vision features are the same either way.
/// </summary>
[Collection(InterviewCollection.Name)]
public sealed class MeasuredWhileStreamingTests(InterviewFixture fixture)
{
    private static readonly string[] VisionFeatures =
        ["face_presence_ratio", "eye_contact_ratio", "extra_face_ratio", "mean_brightness", "dark_frame_ratio", "blur_score"];

    [Fact]
    public async Task Vision_features_from_live_summaries_equal_those_from_analysing_every_jpeg()
    {
        var frames = InterviewMedia.LiveFrames(totalSeconds: 12, faceSeconds: 7);
        var analyzer = new FrameAnalyzer(fixture.Faces);
        // Every other analysed frame (every second frame is analysed) was seen live; the rest (lost doorbells, a
        // restarted silo) are analysed from their JPEG.
        var mixed = frames.Select((f, i) => i % 4 == 0 ? TimedFrame.AlreadySeen(f.Timestamp, i, FrameSummary.Of(analyzer.Analyze(f.Jpeg, frameIndex: i))) : f).ToList();

        var fromJpegs = await AnalyseAsync(frames);
        var fromSummaries = await AnalyseAsync(mixed);

        Assert.Equal(7.0 / 12, fromJpegs.ValueOf("face_presence_ratio"), 0.05);
        foreach (var name in VisionFeatures)
            Assert.Equal(fromJpegs.Single(f => f.Name == name), fromSummaries.Single(f => f.Name == name));
    }

    [Fact]
    public async Task A_frame_seen_live_is_not_decoded_again()
    {
        var frames = InterviewMedia.LiveFrames(totalSeconds: 4, faceSeconds: 4);
        var seenWithFace = new FrameSummary(Readable: true, MeanBrightness: 120, BlurScore: 0.5, TooDark: false, FaceCount: 1, LookingAtCamera: true, Smiling: null);
        // The summary says "a face"; the bytes are gone. Were the frame decoded again it would be unreadable.
        var seen = frames.Select((f, i) => TimedFrame.AlreadySeen(f.Timestamp, i, seenWithFace)).ToList();

        var features = await AnalyseAsync(seen);

        Assert.Equal(1.0, features.ValueOf("face_presence_ratio"));
        Assert.Equal(120, features.ValueOf("mean_brightness"));
        Assert.Equal(4, (await fixture.Answers.AnalyseAsync(Input(seen), InterviewFixture.Everything)).DurationSeconds, 0.01);
    }

    [Fact]
    public async Task Voice_features_measured_while_streaming_are_taken_and_the_pcm_is_only_timed()
    {
        var measured = new[] { FeatureValue.Of("speaking_ratio", 0.625, "audio/test"), FeatureValue.Of("pause_count", 3, "audio/test") };
        var silence = new byte[16000 * 2 * 5];
        var input = Input([]) with { Pcm16le = silence, VoiceFeatures = measured };

        var analysis = await fixture.Answers.AnalyseAsync(input, InterviewFixture.Everything);

        Assert.Equal(0.625, analysis.ValueOf("speaking_ratio")); // five silent seconds analysed would say 0
        Assert.Equal(3, analysis.ValueOf("pause_count"));
        Assert.Equal(5, analysis.DurationSeconds, 0.01);
    }

    private async Task<IReadOnlyList<FeatureValue>> AnalyseAsync(IReadOnlyList<TimedFrame> frames) =>
        (await fixture.Answers.AnalyseAsync(Input(frames), InterviewFixture.Everything)).Features;

    private AnswerInput Input(IReadOnlyList<TimedFrame> frames) =>
        new(fixture.Question("teller-q5"), "en") { Frames = frames, TypedAnswer = "I would explain the rules politely." };
}
